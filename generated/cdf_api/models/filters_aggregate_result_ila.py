from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.filters_aggregate_result_ila_filter_buckets_item import FiltersAggregateResultIlaFilterBucketsItem


T = TypeVar("T", bound="FiltersAggregateResultIla")


@_attrs_define
class FiltersAggregateResultIla(AdditionalProperties):
    """
    Attributes:
        filter_buckets (list[FiltersAggregateResultIlaFilterBucketsItem] | Unset): Filter buckets of the specified in
            the request filters.
    """

    _FIT = {"filterBuckets": ("l", ("m", "FiltersAggregateResultIlaFilterBucketsItem"))}
    _REQUIRED = ()

    filter_buckets: list[FiltersAggregateResultIlaFilterBucketsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_buckets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filter_buckets, Unset):
            filter_buckets = []
            for filter_buckets_item_data in self.filter_buckets:
                filter_buckets_item = filter_buckets_item_data.to_dict()
                filter_buckets.append(filter_buckets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_buckets is not UNSET:
            field_dict["filterBuckets"] = filter_buckets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filters_aggregate_result_ila_filter_buckets_item import FiltersAggregateResultIlaFilterBucketsItem  # noqa: PLC0415

        d = dict(src_dict)
        _filter_buckets = d.pop("filterBuckets", UNSET)
        filter_buckets: list[FiltersAggregateResultIlaFilterBucketsItem] | Unset = UNSET
        if _filter_buckets is not UNSET:
            filter_buckets = []
            for filter_buckets_item_data in _filter_buckets:
                filter_buckets_item = FiltersAggregateResultIlaFilterBucketsItem.from_dict(filter_buckets_item_data)

                filter_buckets.append(filter_buckets_item)

        filters_aggregate_result_ila = cls(
            filter_buckets=filter_buckets,
        )

        filters_aggregate_result_ila.additional_properties = d
        return filters_aggregate_result_ila
