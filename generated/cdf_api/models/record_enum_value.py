from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="RecordEnumValue")


@_attrs_define
class RecordEnumValue(AdditionalProperties):
    """Metadata for a single enum value.

    Attributes:
        name (str | Unset): Human-readable name for the enum value.
        description (str | Unset): Description of the enum value.
    """

    _FIT = {"name": "s", "description": "s"}
    _REQUIRED = ()

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        record_enum_value = cls(
            name=name,
            description=description,
        )

        record_enum_value.additional_properties = d
        return record_enum_value
