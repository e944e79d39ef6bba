from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="PropertySpecificTargetUnitUnitSystemName")


@_attrs_define
class PropertySpecificTargetUnitUnitSystemName(AdditionalProperties):
    """
    Attributes:
        unit_system_name (str): Target system to convert data to. Can be used instead of targetUnit to identify the unit
            to convert to.
    """

    _FIT = {"unitSystemName": "s"}
    _REQUIRED = ("unitSystemName",)

    unit_system_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit_system_name = self.unit_system_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unitSystemName": unit_system_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unit_system_name = d.pop("unitSystemName")

        property_specific_target_unit_unit_system_name = cls(
            unit_system_name=unit_system_name,
        )

        property_specific_target_unit_unit_system_name.additional_properties = d
        return property_specific_target_unit_unit_system_name
