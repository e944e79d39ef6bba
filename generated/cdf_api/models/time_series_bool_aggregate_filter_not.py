from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.time_series_bool_aggregate_filter_and import TimeSeriesBoolAggregateFilterAnd
    from ..models.time_series_bool_aggregate_filter_or import TimeSeriesBoolAggregateFilterOr
    from ..models.time_series_in_aggregate_filter import TimeSeriesInAggregateFilter
    from ..models.time_series_prefix_aggregate_filter import TimeSeriesPrefixAggregateFilter
    from ..models.time_series_range_aggregate_filter import TimeSeriesRangeAggregateFilter


T = TypeVar("T", bound="TimeSeriesBoolAggregateFilterNot")


@_attrs_define
class TimeSeriesBoolAggregateFilterNot(AdditionalProperties):
    """
    Attributes:
        not_ (TimeSeriesBoolAggregateFilterAnd | TimeSeriesBoolAggregateFilterNot | TimeSeriesBoolAggregateFilterOr |
            TimeSeriesInAggregateFilter | TimeSeriesPrefixAggregateFilter | TimeSeriesRangeAggregateFilter): A filter DSL
            (Domain Specific Language) to define aggregate filters.
    """

    _FIT = {
        "not": (
            "u",
            (
                ("m", "TimeSeriesBoolAggregateFilterAnd"),
                ("m", "TimeSeriesBoolAggregateFilterOr"),
                ("m", "TimeSeriesBoolAggregateFilterNot"),
                ("m", "TimeSeriesInAggregateFilter"),
                ("m", "TimeSeriesRangeAggregateFilter"),
                ("m", "TimeSeriesPrefixAggregateFilter"),
            ),
        )
    }
    _REQUIRED = ("not",)

    not_: (
        TimeSeriesBoolAggregateFilterAnd
        | TimeSeriesBoolAggregateFilterNot
        | TimeSeriesBoolAggregateFilterOr
        | TimeSeriesInAggregateFilter
        | TimeSeriesPrefixAggregateFilter
        | TimeSeriesRangeAggregateFilter
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        not_: dict[str, Any]
        not_ = self.not_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "not": not_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_series_bool_aggregate_filter_and import TimeSeriesBoolAggregateFilterAnd  # noqa: PLC0415
        from ..models.time_series_bool_aggregate_filter_or import TimeSeriesBoolAggregateFilterOr  # noqa: PLC0415
        from ..models.time_series_in_aggregate_filter import TimeSeriesInAggregateFilter  # noqa: PLC0415
        from ..models.time_series_prefix_aggregate_filter import TimeSeriesPrefixAggregateFilter  # noqa: PLC0415
        from ..models.time_series_range_aggregate_filter import TimeSeriesRangeAggregateFilter  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_not_(
            data: object,
        ) -> (
            TimeSeriesBoolAggregateFilterAnd
            | TimeSeriesBoolAggregateFilterNot
            | TimeSeriesBoolAggregateFilterOr
            | TimeSeriesInAggregateFilter
            | TimeSeriesPrefixAggregateFilter
            | TimeSeriesRangeAggregateFilter
        ):
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

        not_ = _parse_not_(d.pop("not"))

        time_series_bool_aggregate_filter_not = cls(
            not_=not_,
        )

        time_series_bool_aggregate_filter_not.additional_properties = d
        return time_series_bool_aggregate_filter_not
