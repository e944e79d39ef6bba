from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SubscriptionsDataPartitionRequestDTO")


@_attrs_define
class SubscriptionsDataPartitionRequestDTO(AdditionalProperties):
    """
    Attributes:
        index (int): Partition index to fetch data from. Between 0 and `partitions-1` inclusive.
        cursor (str | Unset): Position in the partition stream to start fetching data from. Defaults to start of stream.
    """

    _FIT = {"index": "i", "cursor": "s"}
    _REQUIRED = ("index",)

    index: int
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        cursor = d.pop("cursor", UNSET)

        subscriptions_data_partition_request_dto = cls(
            index=index,
            cursor=cursor,
        )

        subscriptions_data_partition_request_dto.additional_properties = d
        return subscriptions_data_partition_request_dto
