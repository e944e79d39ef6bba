from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="IsNull")


@_attrs_define
class IsNull(AdditionalProperties):
    """
    Attributes:
        is_null (bool | Unset): Set to true if you want to search for data with field value not set, false to search for
            cases where some value is present. Example: True.
    """

    _FIT = {"isNull": "b"}
    _REQUIRED = ()

    is_null: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_null = self.is_null

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_null is not UNSET:
            field_dict["isNull"] = is_null

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_null = d.pop("isNull", UNSET)

        is_null = cls(
            is_null=is_null,
        )

        is_null.additional_properties = d
        return is_null
