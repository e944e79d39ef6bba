from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="AggregatedHistogramValueBucketsItem")


@_attrs_define
class AggregatedHistogramValueBucketsItem(AdditionalProperties):
    """
    Attributes:
        start (float): Start value for a histogram bucket Example: 1050.
        count (int): Number of items in the histogram bucket Example: 7.
    """

    _FIT = {"start": "n", "count": "i"}
    _REQUIRED = ("start", "count")

    start: float
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = d.pop("start")

        count = d.pop("count")

        aggregated_histogram_value_buckets_item = cls(
            start=start,
            count=count,
        )

        aggregated_histogram_value_buckets_item.additional_properties = d
        return aggregated_histogram_value_buckets_item
