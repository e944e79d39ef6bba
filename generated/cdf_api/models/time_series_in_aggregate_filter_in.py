from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="TimeSeriesInAggregateFilterIn")


@_attrs_define
class TimeSeriesInAggregateFilterIn(AdditionalProperties):
    """Matches intermediate aggregation results where the property key or the property value is _exactly_
    equal to one of the given values. When the `aggregate` operation is `uniqueProperties` or
    `cardinalityProperties`, property _keys_ will be targeted; when it is `uniqueValues` or
    `cardinalityValues`, property _values_ will be targeted.

        Attributes:
            values (list[bool | float | int | str]): The property keys or property values (depending on the `aggregate`
                operation) on which you want to
                filter the intermediate aggregate results.
    """

    _FIT = {"values": ("l", ("u", ("s", "n", "i", "b")))}
    _REQUIRED = ("values",)

    values: list[bool | float | int | str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values = []
        for componentsschemas_time_series_in_aggregate_values_item_data in self.values:
            componentsschemas_time_series_in_aggregate_values_item: bool | float | int | str
            componentsschemas_time_series_in_aggregate_values_item = (
                componentsschemas_time_series_in_aggregate_values_item_data
            )
            values.append(componentsschemas_time_series_in_aggregate_values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        values = []
        _values = d.pop("values")
        for componentsschemas_time_series_in_aggregate_values_item_data in _values:

            def _parse_componentsschemas_time_series_in_aggregate_values_item(data: object) -> bool | float | int | str:
                return cast(bool | float | int | str, data)

            componentsschemas_time_series_in_aggregate_values_item = (
                _parse_componentsschemas_time_series_in_aggregate_values_item(
                    componentsschemas_time_series_in_aggregate_values_item_data
                )
            )

            values.append(componentsschemas_time_series_in_aggregate_values_item)

        time_series_in_aggregate_filter_in = cls(
            values=values,
        )

        time_series_in_aggregate_filter_in.additional_properties = d
        return time_series_in_aggregate_filter_in
