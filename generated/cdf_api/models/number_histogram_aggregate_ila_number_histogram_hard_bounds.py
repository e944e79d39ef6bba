from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="NumberHistogramAggregateIlaNumberHistogramHardBounds")


@_attrs_define
class NumberHistogramAggregateIlaNumberHistogramHardBounds(AdditionalProperties):
    """To limit the range of buckets in the histogram.
    It is particularly useful in the case of open data ranges that can result in a
    very large number of buckets. One or both bounds must be specified.
    The returned buckets are those whose keys fall within [min, max] (both inclusive).

        Attributes:
            min_ (float | Unset): The lower bound (inclusive) for histogram bucket keys in the response.
                Buckets with keys below this value are excluded.
                 Example: 42.
            max_ (float | Unset): The upper bound (inclusive) for histogram bucket keys in the response.
                Buckets with keys above this value are excluded.
                 Example: 777.
    """

    _FIT = {"min": "n", "max": "n"}
    _REQUIRED = ()

    min_: float | Unset = UNSET
    max_: float | Unset = UNSET
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

        number_histogram_aggregate_ila_number_histogram_hard_bounds = cls(
            min_=min_,
            max_=max_,
        )

        number_histogram_aggregate_ila_number_histogram_hard_bounds.additional_properties = d
        return number_histogram_aggregate_ila_number_histogram_hard_bounds
