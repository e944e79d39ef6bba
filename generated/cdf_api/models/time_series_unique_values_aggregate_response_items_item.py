from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="TimeSeriesUniqueValuesAggregateResponseItemsItem")


@_attrs_define
class TimeSeriesUniqueValuesAggregateResponseItemsItem(AdditionalProperties):
    """
    Attributes:
        values (list[str]): The single element in this array is a value that's taken on by the given property in one or
            more of the time series that match the given filters. Note that even if the original value was a number or a
            boolean, the value would be represented as a string in this array.
        count (int): The number of time series that match the given filters and have the corresponding value for the
            given property.
    """

    _FIT = {"values": ("l", "s"), "count": "i"}
    _REQUIRED = ("values", "count")

    values: list[str]
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values = self.values

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        values = cast(list[str], d.pop("values"))

        count = d.pop("count")

        time_series_unique_values_aggregate_response_items_item = cls(
            values=values,
            count=count,
        )

        time_series_unique_values_aggregate_response_items_item.additional_properties = d
        return time_series_unique_values_aggregate_response_items_item
