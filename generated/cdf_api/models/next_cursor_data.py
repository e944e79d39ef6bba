from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="NextCursorData")


@_attrs_define
class NextCursorData(AdditionalProperties):
    """
    Attributes:
        next_cursor (str | Unset): Cursor to get the next page of results (if available).
    """

    _FIT = {"nextCursor": "s"}
    _REQUIRED = ()

    next_cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        next_cursor = d.pop("nextCursor", UNSET)

        next_cursor_data = cls(
            next_cursor=next_cursor,
        )

        next_cursor_data.additional_properties = d
        return next_cursor_data
