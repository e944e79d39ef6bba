from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="UserListResponseNextCursor")


@_attrs_define
class UserListResponseNextCursor(AdditionalProperties):
    """Cursor for paging through results. In general, if a response contains a `nextCursor`
    property, it means that there may be more results, and you should pass that value as the
    `cursor` parameter in the next request.

    Note that the cursor may or may not be encrypted, but either way, it is not intended to be
    decoded. Its internal structure is not a part of the public API, and may change without
    notice. You should treat it as an opaque string and not attempt to craft your own cursors.

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_list_response_next_cursor = cls()

        user_list_response_next_cursor.additional_properties = d
        return user_list_response_next_cursor
