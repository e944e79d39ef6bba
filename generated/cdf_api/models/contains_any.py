from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ContainsAny")


@_attrs_define
class ContainsAny(AdditionalProperties):
    """
    Attributes:
        contains_any (list[str] | Unset): Filter the transformations having any of these tags.
    """

    _FIT = {"containsAny": ("l", "s")}
    _REQUIRED = ()

    contains_any: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contains_any: list[str] | Unset = UNSET
        if not isinstance(self.contains_any, Unset):
            contains_any = self.contains_any

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contains_any is not UNSET:
            field_dict["containsAny"] = contains_any

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contains_any = cast(list[str], d.pop("containsAny", UNSET))

        contains_any = cls(
            contains_any=contains_any,
        )

        contains_any.additional_properties = d
        return contains_any
