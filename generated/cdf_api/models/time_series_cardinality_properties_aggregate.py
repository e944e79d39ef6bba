from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="TimeSeriesCardinalityPropertiesAggregate")


@_attrs_define
class TimeSeriesCardinalityPropertiesAggregate(AdditionalProperties):
    """
    Attributes:
        path (list[Literal['metadata']]): The scope within which properties should be aggregated. The only value that is
            currently allowed is `["metadata"]`, which will aggregate metadata keys.
        aggregate (Literal['cardinalityProperties']): The `cardinalityProperties` aggregation gets, from the time series
            that match the filter(s),
            the approximate number of unique properties whose property path begins with the given `path`.
            Currently, the only supported value for `path` is `["metadata"]`, which means that this aggregation
            will get the approximate size of the set of unique metadata keys.
    """

    _FIT = {"path": ("l", ("c", "metadata")), "aggregate": ("c", "cardinalityProperties")}
    _REQUIRED = ("path", "aggregate")

    path: list[Literal["metadata"]]
    aggregate: Literal["cardinalityProperties"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        aggregate = self.aggregate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "aggregate": aggregate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = []
        _path = d.pop("path")
        for path_item_data in _path:
            path_item = cast(Literal["metadata"], path_item_data)
            if path_item != "metadata":
                raise ValueError(f"path_item must match const 'metadata', got '{path_item}'")
            path.append(path_item)

        aggregate = cast(Literal["cardinalityProperties"], d.pop("aggregate"))
        if aggregate != "cardinalityProperties":
            raise ValueError(f"aggregate must match const 'cardinalityProperties', got '{aggregate}'")

        time_series_cardinality_properties_aggregate = cls(
            path=path,
            aggregate=aggregate,
        )

        time_series_cardinality_properties_aggregate.additional_properties = d
        return time_series_cardinality_properties_aggregate
