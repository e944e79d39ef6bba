from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="IgnoreUnknownIdsField")


@_attrs_define
class IgnoreUnknownIdsField(AdditionalProperties):
    """
    Attributes:
        ignore_unknown_ids (bool | Unset): Ignore IDs and external IDs that are not found
    """

    _FIT = {"ignoreUnknownIds": "b"}
    _REQUIRED = ()

    ignore_unknown_ids: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ignore_unknown_ids = self.ignore_unknown_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ignore_unknown_ids is not UNSET:
            field_dict["ignoreUnknownIds"] = ignore_unknown_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ignore_unknown_ids = d.pop("ignoreUnknownIds", UNSET)

        ignore_unknown_ids_field = cls(
            ignore_unknown_ids=ignore_unknown_ids,
        )

        ignore_unknown_ids_field.additional_properties = d
        return ignore_unknown_ids_field
