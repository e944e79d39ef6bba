from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.time_series_bool_aggregate_filter_not import TimeSeriesBoolAggregateFilterNot
    from ..models.time_series_bool_aggregate_filter_or import TimeSeriesBoolAggregateFilterOr
    from ..models.time_series_in_aggregate_filter import TimeSeriesInAggregateFilter
    from ..models.time_series_prefix_aggregate_filter import TimeSeriesPrefixAggregateFilter
    from ..models.time_series_range_aggregate_filter import TimeSeriesRangeAggregateFilter


T = TypeVar("T", bound="TimeSeriesBoolAggregateFilterAnd")


@_attrs_define
class TimeSeriesBoolAggregateFilterAnd(AdditionalProperties):
    """
    Attributes:
        and_ (list[TimeSeriesBoolAggregateFilterAnd | TimeSeriesBoolAggregateFilterNot | TimeSeriesBoolAggregateFilterOr
            | TimeSeriesInAggregateFilter | TimeSeriesPrefixAggregateFilter | TimeSeriesRangeAggregateFilter]): The
            aggregation result will only contain items that match _all_ of the given
            sub-clauses.
    """

    _FIT = {
        "and": (
            "l",
            (
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
        )
    }
    _REQUIRED = ("and",)

    and_: list[
        TimeSeriesBoolAggregateFilterAnd
        | TimeSeriesBoolAggregateFilterNot
        | TimeSeriesBoolAggregateFilterOr
        | TimeSeriesInAggregateFilter
        | TimeSeriesPrefixAggregateFilter
        | TimeSeriesRangeAggregateFilter
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        and_ = []
        for and_item_data in self.and_:
            and_item: dict[str, Any]
            and_item = and_item_data.to_dict()

            and_.append(and_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "and": and_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_series_bool_aggregate_filter_not import TimeSeriesBoolAggregateFilterNot  # noqa: PLC0415
        from ..models.time_series_bool_aggregate_filter_or import TimeSeriesBoolAggregateFilterOr  # noqa: PLC0415
        from ..models.time_series_in_aggregate_filter import TimeSeriesInAggregateFilter  # noqa: PLC0415
        from ..models.time_series_prefix_aggregate_filter import TimeSeriesPrefixAggregateFilter  # noqa: PLC0415
        from ..models.time_series_range_aggregate_filter import TimeSeriesRangeAggregateFilter  # noqa: PLC0415

        d = dict(src_dict)
        and_ = []
        _and_ = d.pop("and")
        for and_item_data in _and_:

            def _parse_and_item(
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

            and_item = _parse_and_item(and_item_data)

            and_.append(and_item)

        time_series_bool_aggregate_filter_and = cls(
            and_=and_,
        )

        time_series_bool_aggregate_filter_and.additional_properties = d
        return time_series_bool_aggregate_filter_and
