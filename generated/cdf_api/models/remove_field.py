from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="RemoveField")


@_attrs_define
class RemoveField(AdditionalProperties):
    """
    Attributes:
        set_null (bool):  Example: True.
    """

    _FIT = {"setNull": "b"}
    _REQUIRED = ("setNull",)

    set_null: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_null = self.set_null

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "setNull": set_null,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        set_null = d.pop("setNull")

        remove_field = cls(
            set_null=set_null,
        )

        remove_field.additional_properties = d
        return remove_field
