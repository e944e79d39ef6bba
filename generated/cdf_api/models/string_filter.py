from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="StringFilter")


@_attrs_define
class StringFilter(AdditionalProperties):
    """
    Attributes:
        substring (str | Unset): Substring to find strings, that contains it ignoring case.
    """

    _FIT = {"substring": "s"}
    _REQUIRED = ()

    substring: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        substring = self.substring

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if substring is not UNSET:
            field_dict["substring"] = substring

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        substring = d.pop("substring", UNSET)

        string_filter = cls(
            substring=substring,
        )

        string_filter.additional_properties = d
        return string_filter
