from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.simulator_model_type import SimulatorModelType


T = TypeVar("T", bound="SimulatorModelTypeListUpdate")


@_attrs_define
class SimulatorModelTypeListUpdate(AdditionalProperties):
    """
    Attributes:
        set_ (list[SimulatorModelType]): List value to set
    """

    _FIT = {"set": ("l", ("m", "SimulatorModelType"))}
    _REQUIRED = ("set",)

    set_: list[SimulatorModelType]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = []
        for set_item_data in self.set_:
            set_item = set_item_data.to_dict()
            set_.append(set_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_model_type import SimulatorModelType  # noqa: PLC0415

        d = dict(src_dict)
        set_ = []
        _set_ = d.pop("set")
        for set_item_data in _set_:
            set_item = SimulatorModelType.from_dict(set_item_data)

            set_.append(set_item)

        simulator_model_type_list_update = cls(
            set_=set_,
        )

        simulator_model_type_list_update.additional_properties = d
        return simulator_model_type_list_update
