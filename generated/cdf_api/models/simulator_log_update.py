from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.simulator_log_data_list_update_add import SimulatorLogDataListUpdateAdd


T = TypeVar("T", bound="SimulatorLogUpdate")


@_attrs_define
class SimulatorLogUpdate(AdditionalProperties):
    """
    Attributes:
        data (SimulatorLogDataListUpdateAdd):
    """

    _FIT = {"data": ("m", "SimulatorLogDataListUpdateAdd")}
    _REQUIRED = ("data",)

    data: SimulatorLogDataListUpdateAdd
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_log_data_list_update_add import SimulatorLogDataListUpdateAdd  # noqa: PLC0415

        d = dict(src_dict)
        data = SimulatorLogDataListUpdateAdd.from_dict(d.pop("data"))

        simulator_log_update = cls(
            data=data,
        )

        simulator_log_update.additional_properties = d
        return simulator_log_update
