from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.simulator_log_data import SimulatorLogData


T = TypeVar("T", bound="SimulatorLogDataListUpdateAdd")


@_attrs_define
class SimulatorLogDataListUpdateAdd(AdditionalProperties):
    """
    Attributes:
        add (list[SimulatorLogData]): Value to add
    """

    _FIT = {"add": ("l", ("m", "SimulatorLogData"))}
    _REQUIRED = ("add",)

    add: list[SimulatorLogData]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        add = []
        for add_item_data in self.add:
            add_item = add_item_data.to_dict()
            add.append(add_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "add": add,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_log_data import SimulatorLogData  # noqa: PLC0415

        d = dict(src_dict)
        add = []
        _add = d.pop("add")
        for add_item_data in _add:
            add_item = SimulatorLogData.from_dict(add_item_data)

            add.append(add_item)

        simulator_log_data_list_update_add = cls(
            add=add,
        )

        simulator_log_data_list_update_add.additional_properties = d
        return simulator_log_data_list_update_add
