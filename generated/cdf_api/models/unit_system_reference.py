from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UnitSystemReference")


@_attrs_define
class UnitSystemReference:
    """Target system to convert data to. Can be used instead of targetUnit to identify the unit to convert to.

    Example:
        Default, SI, Imperial

    Attributes:
        unit_system_name (str):
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

        unit_system_reference = cls(
            unit_system_name=unit_system_name,
        )

        unit_system_reference.additional_properties = d
        return unit_system_reference

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
