from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.time_series_unique_properties_aggregate_response_items_item_values_item import (
        TimeSeriesUniquePropertiesAggregateResponseItemsItemValuesItem,
    )


T = TypeVar("T", bound="TimeSeriesUniquePropertiesAggregateResponseItemsItem")


@_attrs_define
class TimeSeriesUniquePropertiesAggregateResponseItemsItem(AdditionalProperties):
    """
    Attributes:
        values (list[TimeSeriesUniquePropertiesAggregateResponseItemsItemValuesItem]):
        count (int): The number of time series that match the given filters and have the corresponding property.
    """

    _FIT = {"values": ("l", ("m", "TimeSeriesUniquePropertiesAggregateResponseItemsItemValuesItem")), "count": "i"}
    _REQUIRED = ("values", "count")

    values: list[TimeSeriesUniquePropertiesAggregateResponseItemsItemValuesItem]
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

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
        from ..models.time_series_unique_properties_aggregate_response_items_item_values_item import (
            TimeSeriesUniquePropertiesAggregateResponseItemsItemValuesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = TimeSeriesUniquePropertiesAggregateResponseItemsItemValuesItem.from_dict(values_item_data)

            values.append(values_item)

        count = d.pop("count")

        time_series_unique_properties_aggregate_response_items_item = cls(
            values=values,
            count=count,
        )

        time_series_unique_properties_aggregate_response_items_item.additional_properties = d
        return time_series_unique_properties_aggregate_response_items_item
