from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.time_histogram_aggregate_result_ila_time_histogram_buckets_item import (
        TimeHistogramAggregateResultIlaTimeHistogramBucketsItem,
    )


T = TypeVar("T", bound="TimeHistogramAggregateResultIla")


@_attrs_define
class TimeHistogramAggregateResultIla(AdditionalProperties):
    """
    Attributes:
        time_histogram_buckets (list[TimeHistogramAggregateResultIlaTimeHistogramBucketsItem] | Unset): The histogram
            from the values of the specified in the request property.
    """

    _FIT = {"timeHistogramBuckets": ("l", ("m", "TimeHistogramAggregateResultIlaTimeHistogramBucketsItem"))}
    _REQUIRED = ()

    time_histogram_buckets: list[TimeHistogramAggregateResultIlaTimeHistogramBucketsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_histogram_buckets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.time_histogram_buckets, Unset):
            time_histogram_buckets = []
            for time_histogram_buckets_item_data in self.time_histogram_buckets:
                time_histogram_buckets_item = time_histogram_buckets_item_data.to_dict()
                time_histogram_buckets.append(time_histogram_buckets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_histogram_buckets is not UNSET:
            field_dict["timeHistogramBuckets"] = time_histogram_buckets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_histogram_aggregate_result_ila_time_histogram_buckets_item import (
            TimeHistogramAggregateResultIlaTimeHistogramBucketsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _time_histogram_buckets = d.pop("timeHistogramBuckets", UNSET)
        time_histogram_buckets: list[TimeHistogramAggregateResultIlaTimeHistogramBucketsItem] | Unset = UNSET
        if _time_histogram_buckets is not UNSET:
            time_histogram_buckets = []
            for time_histogram_buckets_item_data in _time_histogram_buckets:
                time_histogram_buckets_item = TimeHistogramAggregateResultIlaTimeHistogramBucketsItem.from_dict(
                    time_histogram_buckets_item_data
                )

                time_histogram_buckets.append(time_histogram_buckets_item)

        time_histogram_aggregate_result_ila = cls(
            time_histogram_buckets=time_histogram_buckets,
        )

        time_histogram_aggregate_result_ila.additional_properties = d
        return time_histogram_aggregate_result_ila
