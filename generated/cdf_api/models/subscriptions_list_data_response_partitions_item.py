from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SubscriptionsListDataResponsePartitionsItem")


@_attrs_define
class SubscriptionsListDataResponsePartitionsItem(AdditionalProperties):
    """
    Attributes:
        index (int): Partition index.
        next_cursor (str): Cursor to use in subsequent query, to fetch the next batch of updates.
            The cursor will always be present, even if there are no more updates at the time.
    """

    _FIT = {"index": "i", "nextCursor": "s"}
    _REQUIRED = ("index", "nextCursor")

    index: int
    next_cursor: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "nextCursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        next_cursor = d.pop("nextCursor")

        subscriptions_list_data_response_partitions_item = cls(
            index=index,
            next_cursor=next_cursor,
        )

        subscriptions_list_data_response_partitions_item.additional_properties = d
        return subscriptions_list_data_response_partitions_item
