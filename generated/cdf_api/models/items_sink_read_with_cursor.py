from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.email_sink import EmailSink
    from ..models.user_sink import UserSink


T = TypeVar("T", bound="ItemsSinkReadWithCursor")


@_attrs_define
class ItemsSinkReadWithCursor(AdditionalProperties):
    """
    Attributes:
        items (list[EmailSink | UserSink]):
        next_cursor (str | Unset): Cursor for retrieving the next page of results. Omitted if there are no more results.
    """

    _FIT = {"items": ("l", ("u", (("m", "EmailSink"), ("m", "UserSink")))), "nextCursor": "s"}
    _REQUIRED = ("items",)

    items: list[EmailSink | UserSink]
    next_cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            items_item = items_item_data.to_dict()

            items.append(items_item)

        next_cursor = self.next_cursor

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
        from ..models.email_sink import EmailSink  # noqa: PLC0415
        from ..models.user_sink import UserSink  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(data: object) -> EmailSink | UserSink:
                return parse_best(data, (EmailSink, UserSink))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        next_cursor = d.pop("nextCursor", UNSET)

        items_sink_read_with_cursor = cls(
            items=items,
            next_cursor=next_cursor,
        )

        items_sink_read_with_cursor.additional_properties = d
        return items_sink_read_with_cursor
