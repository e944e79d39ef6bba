from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SimulatorStepOption")


@_attrs_define
class SimulatorStepOption(AdditionalProperties):
    """
    Attributes:
        label (str): Label that will be shown in the dropdown in the GUI of the routine builder
        value (str): Name of the dropdown item
    """

    _FIT = {"label": "s", "value": "s"}
    _REQUIRED = ("label", "value")

    label: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        value = d.pop("value")

        simulator_step_option = cls(
            label=label,
            value=value,
        )

        simulator_step_option.additional_properties = d
        return simulator_step_option
