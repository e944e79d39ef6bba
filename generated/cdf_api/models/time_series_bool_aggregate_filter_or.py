from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.time_series_bool_aggregate_filter_and import TimeSeriesBoolAggregateFilterAnd
    from ..models.time_series_bool_aggregate_filter_not import TimeSeriesBoolAggregateFilterNot
    from ..models.time_series_in_aggregate_filter import TimeSeriesInAggregateFilter
    from ..models.time_series_prefix_aggregate_filter import TimeSeriesPrefixAggregateFilter
    from ..models.time_series_range_aggregate_filter import TimeSeriesRangeAggregateFilter


T = TypeVar("T", bound="TimeSeriesBoolAggregateFilterOr")


@_attrs_define
class TimeSeriesBoolAggregateFilterOr(AdditionalProperties):
    """
    Attributes:
        or_ (list[TimeSeriesBoolAggregateFilterAnd | TimeSeriesBoolAggregateFilterNot | TimeSeriesBoolAggregateFilterOr
            | TimeSeriesInAggregateFilter | TimeSeriesPrefixAggregateFilter | TimeSeriesRangeAggregateFilter]): The
            aggregation result will only contain items that match _at least one_
            (but potentially many or even all) of the given sub-clauses.
    """

    _FIT = {
        "or": (
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
    _REQUIRED = ("or",)

    or_: list[
        TimeSeriesBoolAggregateFilterAnd
        | TimeSeriesBoolAggregateFilterNot
        | TimeSeriesBoolAggregateFilterOr
        | TimeSeriesInAggregateFilter
        | TimeSeriesPrefixAggregateFilter
        | TimeSeriesRangeAggregateFilter
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        or_ = []
        for or_item_data in self.or_:
            or_item: dict[str, Any]
            or_item = or_item_data.to_dict()

            or_.append(or_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "or": or_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_series_bool_aggregate_filter_and import TimeSeriesBoolAggregateFilterAnd  # noqa: PLC0415
        from ..models.time_series_bool_aggregate_filter_not import TimeSeriesBoolAggregateFilterNot  # noqa: PLC0415
        from ..models.time_series_in_aggregate_filter import TimeSeriesInAggregateFilter  # noqa: PLC0415
        from ..models.time_series_prefix_aggregate_filter import TimeSeriesPrefixAggregateFilter  # noqa: PLC0415
        from ..models.time_series_range_aggregate_filter import TimeSeriesRangeAggregateFilter  # noqa: PLC0415

        d = dict(src_dict)
        or_ = []
        _or_ = d.pop("or")
        for or_item_data in _or_:

            def _parse_or_item(
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

            or_item = _parse_or_item(or_item_data)

            or_.append(or_item)

        time_series_bool_aggregate_filter_or = cls(
            or_=or_,
        )

        time_series_bool_aggregate_filter_or.additional_properties = d
        return time_series_bool_aggregate_filter_or
