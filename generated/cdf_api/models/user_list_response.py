from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.org_user import OrgUser
    from ..models.user_list_response_next_cursor import UserListResponseNextCursor


T = TypeVar("T", bound="UserListResponse")


@_attrs_define
class UserListResponse(AdditionalProperties):
    """
    Attributes:
        items (list[OrgUser]):
        next_cursor (UserListResponseNextCursor | Unset): Cursor for paging through results. In general, if a response
            contains a `nextCursor`
            property, it means that there may be more results, and you should pass that value as the
            `cursor` parameter in the next request.

            Note that the cursor may or may not be encrypted, but either way, it is not intended to be
            decoded. Its internal structure is not a part of the public API, and may change without
            notice. You should treat it as an opaque string and not attempt to craft your own cursors.
    """

    _FIT = {"items": ("l", ("m", "OrgUser")), "nextCursor": ("m", "UserListResponseNextCursor")}
    _REQUIRED = ("items",)

    items: list[OrgUser]
    next_cursor: UserListResponseNextCursor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        next_cursor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_cursor, Unset):
            next_cursor = self.next_cursor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.org_user import OrgUser  # noqa: PLC0415
        from ..models.user_list_response_next_cursor import UserListResponseNextCursor  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = OrgUser.from_dict(items_item_data)

            items.append(items_item)

        _next_cursor = d.pop("nextCursor", UNSET)
        next_cursor: UserListResponseNextCursor | Unset
        if isinstance(_next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = UserListResponseNextCursor.from_dict(_next_cursor)

        user_list_response = cls(
            items=items,
            next_cursor=next_cursor,
        )

        user_list_response.additional_properties = d
        return user_list_response
