from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.notification_read import NotificationRead


T = TypeVar("T", bound="ItemsWithCursorNotificationRead")


@_attrs_define
class ItemsWithCursorNotificationRead(AdditionalProperties):
    """
    Attributes:
        items (list[NotificationRead] | Unset):
        next_cursor (str | Unset): Cursor to get the next page of results (if available).
    """

    _FIT = {"items": ("l", ("m", "NotificationRead")), "nextCursor": "s"}
    _REQUIRED = ()

    items: list[NotificationRead] | Unset = UNSET
    next_cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_read import NotificationRead  # noqa: PLC0415

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[NotificationRead] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = NotificationRead.from_dict(items_item_data)

                items.append(items_item)

        next_cursor = d.pop("nextCursor", UNSET)

        items_with_cursor_notification_read = cls(
            items=items,
            next_cursor=next_cursor,
        )

        items_with_cursor_notification_read.additional_properties = d
        return items_with_cursor_notification_read
