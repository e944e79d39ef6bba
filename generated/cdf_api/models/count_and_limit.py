from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CountAndLimit")


@_attrs_define
class CountAndLimit(AdditionalProperties):
    """Current count and associated limit for a specific resource in a project

    Attributes:
        count (int):
        limit (int):
    """

    _FIT = {"count": "i", "limit": "i"}
    _REQUIRED = ("count", "limit")

    count: int
    limit: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        limit = d.pop("limit")

        count_and_limit = cls(
            count=count,
            limit=limit,
        )

        count_and_limit.additional_properties = d
        return count_and_limit
