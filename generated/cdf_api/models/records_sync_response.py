from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.sync_record import SyncRecord


T = TypeVar("T", bound="RecordsSyncResponse")


@_attrs_define
class RecordsSyncResponse(AdditionalProperties):
    """
    Attributes:
        items (list[SyncRecord]): List of records.
        next_cursor (str): A cursor to use in the next request as a starting point to get the next chunk of records.
             Example: c29tZSBjdXJzb3I=.
        has_next (bool): The attribute indicates if there are more records to read in the storage or the cursor points
            to the last item.
             Example: True.
    """

    _FIT = {"items": ("l", ("m", "SyncRecord")), "nextCursor": "s", "hasNext": "b"}
    _REQUIRED = ("items", "nextCursor", "hasNext")

    items: list[SyncRecord]
    next_cursor: str
    has_next: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        next_cursor = self.next_cursor

        has_next = self.has_next

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "nextCursor": next_cursor,
                "hasNext": has_next,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sync_record import SyncRecord  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = SyncRecord.from_dict(items_item_data)

            items.append(items_item)

        next_cursor = d.pop("nextCursor")

        has_next = d.pop("hasNext")

        records_sync_response = cls(
            items=items,
            next_cursor=next_cursor,
            has_next=has_next,
        )

        records_sync_response.additional_properties = d
        return records_sync_response
