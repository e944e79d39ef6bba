from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.filter_ import Filter
    from ..models.time_series_bool_aggregate_filter_and import TimeSeriesBoolAggregateFilterAnd
    from ..models.time_series_bool_aggregate_filter_not import TimeSeriesBoolAggregateFilterNot
    from ..models.time_series_bool_aggregate_filter_or import TimeSeriesBoolAggregateFilterOr
    from ..models.time_series_bool_filter_and import TimeSeriesBoolFilterAnd
    from ..models.time_series_bool_filter_not import TimeSeriesBoolFilterNot
    from ..models.time_series_bool_filter_or import TimeSeriesBoolFilterOr
    from ..models.time_series_contains_all_filter import TimeSeriesContainsAllFilter
    from ..models.time_series_contains_any_filter import TimeSeriesContainsAnyFilter
    from ..models.time_series_equals_filter import TimeSeriesEqualsFilter
    from ..models.time_series_exists_filter import TimeSeriesExistsFilter
    from ..models.time_series_in_aggregate_filter import TimeSeriesInAggregateFilter
    from ..models.time_series_in_filter import TimeSeriesInFilter
    from ..models.time_series_prefix_aggregate_filter import TimeSeriesPrefixAggregateFilter
    from ..models.time_series_prefix_filter import TimeSeriesPrefixFilter
    from ..models.time_series_range_aggregate_filter import TimeSeriesRangeAggregateFilter
    from ..models.time_series_range_filter import TimeSeriesRangeFilter
    from ..models.time_series_search_filter import TimeSeriesSearchFilter


T = TypeVar("T", bound="TimeSeriesAdvancedAggregateDTOTimeSeriesUniquePropertiesAggregate")


@_attrs_define
class TimeSeriesAdvancedAggregateDTOTimeSeriesUniquePropertiesAggregate(AdditionalProperties):
    """
    Attributes:
        path (list[Literal['metadata']]): The scope within which properties should be aggregated. The only value that is
            currently allowed is `["metadata"]`, which will aggregate metadata keys.
        aggregate (Literal['uniqueProperties']): The `uniqueProperties` aggregation gets, from the time series that
            match the filter(s),
            the set of unique properties (up to max 1000) whose property path begins with the given `path`.
            Currently, the only supported value for `path` is `["metadata"]`, which means that this aggregation
            will get the set of unique metadata keys. For each such property, the aggregation result will also
            specify the frequency - that is, the number of time series that match the filter(s) and have that
            property. The results are ordered by frequency in descending order.
        advanced_filter (TimeSeriesBoolFilterAnd | TimeSeriesBoolFilterNot | TimeSeriesBoolFilterOr |
            TimeSeriesContainsAllFilter | TimeSeriesContainsAnyFilter | TimeSeriesEqualsFilter | TimeSeriesExistsFilter |
            TimeSeriesInFilter | TimeSeriesPrefixFilter | TimeSeriesRangeFilter | TimeSeriesSearchFilter | Unset): A filter
            DSL (Domain Specific Language) to define advanced filter queries.

            At the top level, an `advancedFilter` expression is either a single Boolean filter or a
            single leaf filter. Boolean filters contain other Boolean filters and/or leaf filters. The
            total number of filters may be at most 100, and the depth (the greatest number of times
            filters have been nested inside each other) may be at most 10. The `search` leaf filter may
            at most be used twice within a single `advancedFilter`, but all other filters can be used
            as many times as you like as long as the other limits are respected.
             Example: {'or': [{'not': {'and': [{'equals': {'property': ['metadata', 'manufacturer'], 'value': 'acme'}},
            {'in': {'property': ['name'], 'values': ['pump-1-temperature', 'motor-9-temperature']}}, {'range': {'property':
            ['dataSetId'], 'gte': 1, 'lt': 10}}]}}, {'and': [{'equals': {'property': ['assetId'], 'value': 1234}},
            {'equals': {'property': ['description'], 'value': 'Temperature in Celsius'}}]}]}.
        filter_ (Filter | Unset):
        aggregate_filter (TimeSeriesBoolAggregateFilterAnd | TimeSeriesBoolAggregateFilterNot |
            TimeSeriesBoolAggregateFilterOr | TimeSeriesInAggregateFilter | TimeSeriesPrefixAggregateFilter |
            TimeSeriesRangeAggregateFilter | Unset): A filter DSL (Domain Specific Language) to define aggregate filters.
    """

    _FIT = {
        "path": ("l", ("c", "metadata")),
        "aggregate": ("c", "uniqueProperties"),
        "advancedFilter": (
            "u",
            (
                ("m", "TimeSeriesBoolFilterAnd"),
                ("m", "TimeSeriesBoolFilterOr"),
                ("m", "TimeSeriesBoolFilterNot"),
                ("m", "TimeSeriesEqualsFilter"),
                ("m", "TimeSeriesInFilter"),
                ("m", "TimeSeriesRangeFilter"),
                ("m", "TimeSeriesPrefixFilter"),
                ("m", "TimeSeriesExistsFilter"),
                ("m", "TimeSeriesContainsAnyFilter"),
                ("m", "TimeSeriesContainsAllFilter"),
                ("m", "TimeSeriesSearchFilter"),
            ),
        ),
        "filter": ("m", "Filter"),
        "aggregateFilter": (
            "u",
            (
                ("m", "TimeSeriesBoolAggregateFilterAnd"),
                ("m", "TimeSeriesBoolAggregateFilterOr"),
                ("m", "TimeSeriesBoolAggregateFilterNot"),
                ("m", "TimeSeriesInAggregateFilter"),
                ("m", "TimeSeriesRangeAggregateFilter"),
                ("m", "TimeSeriesPrefixAggregateFilter"),
            ),
        ),
    }
    _REQUIRED = ("path", "aggregate")

    path: list[Literal["metadata"]]
    aggregate: Literal["uniqueProperties"]
    advanced_filter: (
        TimeSeriesBoolFilterAnd
        | TimeSeriesBoolFilterNot
        | TimeSeriesBoolFilterOr
        | TimeSeriesContainsAllFilter
        | TimeSeriesContainsAnyFilter
        | TimeSeriesEqualsFilter
        | TimeSeriesExistsFilter
        | TimeSeriesInFilter
        | TimeSeriesPrefixFilter
        | TimeSeriesRangeFilter
        | TimeSeriesSearchFilter
        | Unset
    ) = UNSET
    filter_: Filter | Unset = UNSET
    aggregate_filter: (
        TimeSeriesBoolAggregateFilterAnd
        | TimeSeriesBoolAggregateFilterNot
        | TimeSeriesBoolAggregateFilterOr
        | TimeSeriesInAggregateFilter
        | TimeSeriesPrefixAggregateFilter
        | TimeSeriesRangeAggregateFilter
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        aggregate = self.aggregate

        advanced_filter: dict[str, Any] | Unset
        if isinstance(self.advanced_filter, Unset):
            advanced_filter = UNSET
        else:
            advanced_filter = self.advanced_filter.to_dict()

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        aggregate_filter: dict[str, Any] | Unset
        if isinstance(self.aggregate_filter, Unset):
            aggregate_filter = UNSET
        else:
            aggregate_filter = self.aggregate_filter.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "aggregate": aggregate,
            }
        )
        if advanced_filter is not UNSET:
            field_dict["advancedFilter"] = advanced_filter
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if aggregate_filter is not UNSET:
            field_dict["aggregateFilter"] = aggregate_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filter_ import Filter  # noqa: PLC0415
        from ..models.time_series_bool_aggregate_filter_and import TimeSeriesBoolAggregateFilterAnd  # noqa: PLC0415
        from ..models.time_series_bool_aggregate_filter_not import TimeSeriesBoolAggregateFilterNot  # noqa: PLC0415
        from ..models.time_series_bool_aggregate_filter_or import TimeSeriesBoolAggregateFilterOr  # noqa: PLC0415
        from ..models.time_series_bool_filter_and import TimeSeriesBoolFilterAnd  # noqa: PLC0415
        from ..models.time_series_bool_filter_not import TimeSeriesBoolFilterNot  # noqa: PLC0415
        from ..models.time_series_bool_filter_or import TimeSeriesBoolFilterOr  # noqa: PLC0415
        from ..models.time_series_contains_all_filter import TimeSeriesContainsAllFilter  # noqa: PLC0415
        from ..models.time_series_contains_any_filter import TimeSeriesContainsAnyFilter  # noqa: PLC0415
        from ..models.time_series_equals_filter import TimeSeriesEqualsFilter  # noqa: PLC0415
        from ..models.time_series_exists_filter import TimeSeriesExistsFilter  # noqa: PLC0415
        from ..models.time_series_in_aggregate_filter import TimeSeriesInAggregateFilter  # noqa: PLC0415
        from ..models.time_series_in_filter import TimeSeriesInFilter  # noqa: PLC0415
        from ..models.time_series_prefix_aggregate_filter import TimeSeriesPrefixAggregateFilter  # noqa: PLC0415
        from ..models.time_series_prefix_filter import TimeSeriesPrefixFilter  # noqa: PLC0415
        from ..models.time_series_range_aggregate_filter import TimeSeriesRangeAggregateFilter  # noqa: PLC0415
        from ..models.time_series_range_filter import TimeSeriesRangeFilter  # noqa: PLC0415
        from ..models.time_series_search_filter import TimeSeriesSearchFilter  # noqa: PLC0415

        d = dict(src_dict)
        path = []
        _path = d.pop("path")
        for path_item_data in _path:
            path_item = cast(Literal["metadata"], path_item_data)
            if path_item != "metadata":
                raise ValueError(f"path_item must match const 'metadata', got '{path_item}'")
            path.append(path_item)

        aggregate = cast(Literal["uniqueProperties"], d.pop("aggregate"))
        if aggregate != "uniqueProperties":
            raise ValueError(f"aggregate must match const 'uniqueProperties', got '{aggregate}'")

        def _parse_advanced_filter(
            data: object,
        ) -> (
            TimeSeriesBoolFilterAnd
            | TimeSeriesBoolFilterNot
            | TimeSeriesBoolFilterOr
            | TimeSeriesContainsAllFilter
            | TimeSeriesContainsAnyFilter
            | TimeSeriesEqualsFilter
            | TimeSeriesExistsFilter
            | TimeSeriesInFilter
            | TimeSeriesPrefixFilter
            | TimeSeriesRangeFilter
            | TimeSeriesSearchFilter
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_best(
                data,
                (
                    TimeSeriesBoolFilterAnd,
                    TimeSeriesBoolFilterOr,
                    TimeSeriesBoolFilterNot,
                    TimeSeriesEqualsFilter,
                    TimeSeriesInFilter,
                    TimeSeriesRangeFilter,
                    TimeSeriesPrefixFilter,
                    TimeSeriesExistsFilter,
                    TimeSeriesContainsAnyFilter,
                    TimeSeriesContainsAllFilter,
                    TimeSeriesSearchFilter,
                ),
            )

        advanced_filter = _parse_advanced_filter(d.pop("advancedFilter", UNSET))

        _filter_ = d.pop("filter", UNSET)
        filter_: Filter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = Filter.from_dict(_filter_)

        def _parse_aggregate_filter(
            data: object,
        ) -> (
            TimeSeriesBoolAggregateFilterAnd
            | TimeSeriesBoolAggregateFilterNot
            | TimeSeriesBoolAggregateFilterOr
            | TimeSeriesInAggregateFilter
            | TimeSeriesPrefixAggregateFilter
            | TimeSeriesRangeAggregateFilter
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_best(
                data,
                (
                    TimeSeriesBoolAggregateFilterAnd,
                    TimeSeriesBoolAggregateFilterOr,
                    TimeSeriesBoolAggregateFilterNot,
                    TimeSeriesInAggregateFilter,
                    TimeSeriesRangeAggregateFilter,
                    TimeSeriesPrefixAggregateFilter,
                ),
            )

        aggregate_filter = _parse_aggregate_filter(d.pop("aggregateFilter", UNSET))

        time_series_advanced_aggregate_dto_time_series_unique_properties_aggregate = cls(
            path=path,
            aggregate=aggregate,
            advanced_filter=advanced_filter,
            filter_=filter_,
            aggregate_filter=aggregate_filter,
        )

        time_series_advanced_aggregate_dto_time_series_unique_properties_aggregate.additional_properties = d
        return time_series_advanced_aggregate_dto_time_series_unique_properties_aggregate
