from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="Cursor")


@_attrs_define
class Cursor(AdditionalProperties):
    """Cursor for paging through results. In general, if a response contains a `nextCursor`
    property, it means that there may be more results, and you should pass that value as the
    `cursor` parameter in the next request.

    Note that the cursor may or may not be encrypted, but either way, it is not intended to be
    decoded. Its internal structure is not a part of the public API, and may change without
    notice. You should treat it as an opaque string and not attempt to craft your own cursors.

        Attributes:
            cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
    """

    _FIT = {"cursor": "s"}
    _REQUIRED = ()

    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cursor = d.pop("cursor", UNSET)

        cursor = cls(
            cursor=cursor,
        )

        cursor.additional_properties = d
        return cursor
