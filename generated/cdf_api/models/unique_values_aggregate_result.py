from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.unique_values_aggregate_result_buckets_item import UniqueValuesAggregateResultBucketsItem


T = TypeVar("T", bound="UniqueValuesAggregateResult")


@_attrs_define
class UniqueValuesAggregateResult(AdditionalProperties):
    """
    Attributes:
        buckets (list[UniqueValuesAggregateResultBucketsItem] | Unset): Unique value buckets on of the specified in the
            request property.
    """

    _FIT = {"buckets": ("l", ("m", "UniqueValuesAggregateResultBucketsItem"))}
    _REQUIRED = ()

    buckets: list[UniqueValuesAggregateResultBucketsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buckets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buckets, Unset):
            buckets = []
            for buckets_item_data in self.buckets:
                buckets_item = buckets_item_data.to_dict()
                buckets.append(buckets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if buckets is not UNSET:
            field_dict["buckets"] = buckets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unique_values_aggregate_result_buckets_item import UniqueValuesAggregateResultBucketsItem  # noqa: PLC0415

        d = dict(src_dict)
        _buckets = d.pop("buckets", UNSET)
        buckets: list[UniqueValuesAggregateResultBucketsItem] | Unset = UNSET
        if _buckets is not UNSET:
            buckets = []
            for buckets_item_data in _buckets:
                buckets_item = UniqueValuesAggregateResultBucketsItem.from_dict(buckets_item_data)

                buckets.append(buckets_item)

        unique_values_aggregate_result = cls(
            buckets=buckets,
        )

        unique_values_aggregate_result.additional_properties = d
        return unique_values_aggregate_result
