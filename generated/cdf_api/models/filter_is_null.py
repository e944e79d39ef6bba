from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="FilterIsNull")


@_attrs_define
class FilterIsNull(AdditionalProperties):
    """Filter on whether the field is null.

    Attributes:
        is_null (bool): Whether the filter is null.
    """

    _FIT = {"isNull": "b"}
    _REQUIRED = ("isNull",)

    is_null: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_null = self.is_null

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isNull": is_null,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_null = d.pop("isNull")

        filter_is_null = cls(
            is_null=is_null,
        )

        filter_is_null.additional_properties = d
        return filter_is_null
