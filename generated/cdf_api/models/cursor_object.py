from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CursorObject")


@_attrs_define
class CursorObject(AdditionalProperties):
    """
    Attributes:
        next_cursor (str | Unset): The cursor to get the next page of results (if available).
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

        cursor_object = cls(
            next_cursor=next_cursor,
        )

        cursor_object.additional_properties = d
        return cursor_object
