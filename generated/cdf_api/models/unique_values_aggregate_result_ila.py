from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.unique_values_aggregate_result_ila_unique_value_buckets_item import (
        UniqueValuesAggregateResultIlaUniqueValueBucketsItem,
    )


T = TypeVar("T", bound="UniqueValuesAggregateResultIla")


@_attrs_define
class UniqueValuesAggregateResultIla(AdditionalProperties):
    """
    Attributes:
        unique_value_buckets (list[UniqueValuesAggregateResultIlaUniqueValueBucketsItem] | Unset): Unique value buckets
            on of the specified in the request property.
    """

    _FIT = {"uniqueValueBuckets": ("l", ("m", "UniqueValuesAggregateResultIlaUniqueValueBucketsItem"))}
    _REQUIRED = ()

    unique_value_buckets: list[UniqueValuesAggregateResultIlaUniqueValueBucketsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unique_value_buckets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.unique_value_buckets, Unset):
            unique_value_buckets = []
            for unique_value_buckets_item_data in self.unique_value_buckets:
                unique_value_buckets_item = unique_value_buckets_item_data.to_dict()
                unique_value_buckets.append(unique_value_buckets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unique_value_buckets is not UNSET:
            field_dict["uniqueValueBuckets"] = unique_value_buckets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unique_values_aggregate_result_ila_unique_value_buckets_item import (
            UniqueValuesAggregateResultIlaUniqueValueBucketsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _unique_value_buckets = d.pop("uniqueValueBuckets", UNSET)
        unique_value_buckets: list[UniqueValuesAggregateResultIlaUniqueValueBucketsItem] | Unset = UNSET
        if _unique_value_buckets is not UNSET:
            unique_value_buckets = []
            for unique_value_buckets_item_data in _unique_value_buckets:
                unique_value_buckets_item = UniqueValuesAggregateResultIlaUniqueValueBucketsItem.from_dict(
                    unique_value_buckets_item_data
                )

                unique_value_buckets.append(unique_value_buckets_item)

        unique_values_aggregate_result_ila = cls(
            unique_value_buckets=unique_value_buckets,
        )

        unique_values_aggregate_result_ila.additional_properties = d
        return unique_values_aggregate_result_ila
