from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="TimeHistogramAggregateIlaTimeHistogramHardBounds")


@_attrs_define
class TimeHistogramAggregateIlaTimeHistogramHardBounds(AdditionalProperties):
    """To limit the range of buckets in the histogram. It is particularly useful
    in the case of open data ranges that can result in a very large number of buckets.
    One or both bounds must be specified.
    The returned buckets are those whose keys fall within [min, max) (min inclusive, max exclusive).
    Unlike the `lastUpdatedTime` range filter, only ISO 8601 date-time strings are accepted
    (epoch milliseconds are not supported).

        Attributes:
            min_ (str | Unset): The lower bound (inclusive) for time histogram bucket keys in the response.
                Must be an ISO 8601 date-time string with timezone
                (e.g. `2024-05-15T20:00:00Z`, `2024-05-15T20:00:00.000Z`, or `2024-05-15T20:00:00+02:00`).
                Epoch milliseconds are not supported.
                 Example: 2024-05-15T20:00:00Z.
            max_ (str | Unset): The upper bound (exclusive) for time histogram bucket keys in the response.
                Must be an ISO 8601 date-time string with timezone
                (e.g. `2024-05-16T20:00:00Z`, `2024-05-16T20:00:00.000Z`, or `2024-05-16T20:00:00+02:00`).
                Epoch milliseconds are not supported.
                 Example: 2024-05-16T20:00:00Z.
    """

    _FIT = {"min": "s", "max": "s"}
    _REQUIRED = ()

    min_: str | Unset = UNSET
    max_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_ = self.min_

        max_ = self.max_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_ = d.pop("min", UNSET)

        max_ = d.pop("max", UNSET)

        time_histogram_aggregate_ila_time_histogram_hard_bounds = cls(
            min_=min_,
            max_=max_,
        )

        time_histogram_aggregate_ila_time_histogram_hard_bounds.additional_properties = d
        return time_histogram_aggregate_ila_time_histogram_hard_bounds
