from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DocumentSearchLimit")


@_attrs_define
class DocumentSearchLimit(AdditionalProperties):
    """
    Attributes:
        limit (int | Unset): Maximum number of items. When using highlights the maximum value is reduced to 20.
    """

    _FIT = {"limit": "i"}
    _REQUIRED = ()

    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        document_search_limit = cls(
            limit=limit,
        )

        document_search_limit.additional_properties = d
        return document_search_limit
