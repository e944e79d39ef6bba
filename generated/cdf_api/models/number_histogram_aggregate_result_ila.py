from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.number_histogram_aggregate_result_ila_number_histogram_buckets_item import (
        NumberHistogramAggregateResultIlaNumberHistogramBucketsItem,
    )


T = TypeVar("T", bound="NumberHistogramAggregateResultIla")


@_attrs_define
class NumberHistogramAggregateResultIla(AdditionalProperties):
    """
    Attributes:
        number_histogram_buckets (list[NumberHistogramAggregateResultIlaNumberHistogramBucketsItem] | Unset): The
            histogram from the values of the specified in the request property.
    """

    _FIT = {"numberHistogramBuckets": ("l", ("m", "NumberHistogramAggregateResultIlaNumberHistogramBucketsItem"))}
    _REQUIRED = ()

    number_histogram_buckets: list[NumberHistogramAggregateResultIlaNumberHistogramBucketsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_histogram_buckets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.number_histogram_buckets, Unset):
            number_histogram_buckets = []
            for number_histogram_buckets_item_data in self.number_histogram_buckets:
                number_histogram_buckets_item = number_histogram_buckets_item_data.to_dict()
                number_histogram_buckets.append(number_histogram_buckets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number_histogram_buckets is not UNSET:
            field_dict["numberHistogramBuckets"] = number_histogram_buckets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.number_histogram_aggregate_result_ila_number_histogram_buckets_item import (
            NumberHistogramAggregateResultIlaNumberHistogramBucketsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _number_histogram_buckets = d.pop("numberHistogramBuckets", UNSET)
        number_histogram_buckets: list[NumberHistogramAggregateResultIlaNumberHistogramBucketsItem] | Unset = UNSET
        if _number_histogram_buckets is not UNSET:
            number_histogram_buckets = []
            for number_histogram_buckets_item_data in _number_histogram_buckets:
                number_histogram_buckets_item = NumberHistogramAggregateResultIlaNumberHistogramBucketsItem.from_dict(
                    number_histogram_buckets_item_data
                )

                number_histogram_buckets.append(number_histogram_buckets_item)

        number_histogram_aggregate_result_ila = cls(
            number_histogram_buckets=number_histogram_buckets,
        )

        number_histogram_aggregate_result_ila.additional_properties = d
        return number_histogram_aggregate_result_ila
