from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SimulatorUnitEntry")


@_attrs_define
class SimulatorUnitEntry(AdditionalProperties):
    """
    Attributes:
        label (str): Label of the unit. For display purposes
        name (str): Name of the unit
    """

    _FIT = {"label": "s", "name": "s"}
    _REQUIRED = ("label", "name")

    label: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        name = d.pop("name")

        simulator_unit_entry = cls(
            label=label,
            name=name,
        )

        simulator_unit_entry.additional_properties = d
        return simulator_unit_entry
