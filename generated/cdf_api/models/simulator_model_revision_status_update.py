from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simulator_model_revision_status import SimulatorModelRevisionStatus
from ..types import AdditionalProperties

T = TypeVar("T", bound="SimulatorModelRevisionStatusUpdate")


@_attrs_define
class SimulatorModelRevisionStatusUpdate(AdditionalProperties):
    """
    Attributes:
        set_ (SimulatorModelRevisionStatus):
    """

    _FIT = {"set": "s"}
    _REQUIRED = ("set",)

    set_: SimulatorModelRevisionStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = self.set_.value

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
        d = dict(src_dict)
        set_ = SimulatorModelRevisionStatus(d.pop("set"))

        simulator_model_revision_status_update = cls(
            set_=set_,
        )

        simulator_model_revision_status_update.additional_properties = d
        return simulator_model_revision_status_update
