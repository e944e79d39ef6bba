from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.time_series_aggregate_properties_properties_item import TimeSeriesAggregatePropertiesPropertiesItem


T = TypeVar("T", bound="TimeSeriesUniqueValuesAggregate")


@_attrs_define
class TimeSeriesUniqueValuesAggregate(AdditionalProperties):
    """
    Attributes:
        properties (list[TimeSeriesAggregatePropertiesPropertiesItem]): The properties to which the aggregation should
            be applied. While this parameter is a list, it
            currently only accepts one element. Each element is an object with a single field called `property`,
            whose value is another list (in order to accommodate nested properties). Thus, a top-level property
            `name` must be specified as `[{"property": ["name"]}]`, and a metadata property `tag` must be
            specified as `[{"property": ["metadata", "tag"]}]`.

            The supported top-level properties are:
            - `assetId`
            - `assetRootId`
            - `createdTime`
            - `dataSetId`
            - `description`
            - `externalId`
            - `id`
            - `isStep`
            - `isString`
            - `lastUpdatedTime`
            - `name`
            - `securityCategories`
            - `unit`
        aggregate (Literal['uniqueValues']): The `uniqueValues` aggregation gets, from the time series that match the
            filter(s),
            the set of unique values (up to max 1000) that are taken on by the given property. For each such
            value, the aggregation result will also specify the frequency - that is, the number of time series
            that match the filter(s) and have that property value. The results are ordered by frequency in
            descending order.
    """

    _FIT = {
        "properties": ("l", ("m", "TimeSeriesAggregatePropertiesPropertiesItem")),
        "aggregate": ("c", "uniqueValues"),
    }
    _REQUIRED = ("properties", "aggregate")

    properties: list[TimeSeriesAggregatePropertiesPropertiesItem]
    aggregate: Literal["uniqueValues"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        properties = []
        for properties_item_data in self.properties:
            properties_item = properties_item_data.to_dict()
            properties.append(properties_item)

        aggregate = self.aggregate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "properties": properties,
                "aggregate": aggregate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_series_aggregate_properties_properties_item import (
            TimeSeriesAggregatePropertiesPropertiesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        properties = []
        _properties = d.pop("properties")
        for properties_item_data in _properties:
            properties_item = TimeSeriesAggregatePropertiesPropertiesItem.from_dict(properties_item_data)

            properties.append(properties_item)

        aggregate = cast(Literal["uniqueValues"], d.pop("aggregate"))
        if aggregate != "uniqueValues":
            raise ValueError(f"aggregate must match const 'uniqueValues', got '{aggregate}'")

        time_series_unique_values_aggregate = cls(
            properties=properties,
            aggregate=aggregate,
        )

        time_series_unique_values_aggregate.additional_properties = d
        return time_series_unique_values_aggregate
