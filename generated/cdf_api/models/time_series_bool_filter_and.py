from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.time_series_bool_filter_not import TimeSeriesBoolFilterNot
    from ..models.time_series_bool_filter_or import TimeSeriesBoolFilterOr
    from ..models.time_series_contains_all_filter import TimeSeriesContainsAllFilter
    from ..models.time_series_contains_any_filter import TimeSeriesContainsAnyFilter
    from ..models.time_series_equals_filter import TimeSeriesEqualsFilter
    from ..models.time_series_exists_filter import TimeSeriesExistsFilter
    from ..models.time_series_in_filter import TimeSeriesInFilter
    from ..models.time_series_prefix_filter import TimeSeriesPrefixFilter
    from ..models.time_series_range_filter import TimeSeriesRangeFilter
    from ..models.time_series_search_filter import TimeSeriesSearchFilter


T = TypeVar("T", bound="TimeSeriesBoolFilterAnd")


@_attrs_define
class TimeSeriesBoolFilterAnd(AdditionalProperties):
    """
    Attributes:
        and_ (list[TimeSeriesBoolFilterAnd | TimeSeriesBoolFilterNot | TimeSeriesBoolFilterOr |
            TimeSeriesContainsAllFilter | TimeSeriesContainsAnyFilter | TimeSeriesEqualsFilter | TimeSeriesExistsFilter |
            TimeSeriesInFilter | TimeSeriesPrefixFilter | TimeSeriesRangeFilter | TimeSeriesSearchFilter]): All of the sub-
            clauses in the query must appear in matching items.
    """

    _FIT = {
        "and": (
            "l",
            (
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
        )
    }
    _REQUIRED = ("and",)

    and_: list[
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
        from ..models.time_series_bool_filter_not import TimeSeriesBoolFilterNot  # noqa: PLC0415
        from ..models.time_series_bool_filter_or import TimeSeriesBoolFilterOr  # noqa: PLC0415
        from ..models.time_series_contains_all_filter import TimeSeriesContainsAllFilter  # noqa: PLC0415
        from ..models.time_series_contains_any_filter import TimeSeriesContainsAnyFilter  # noqa: PLC0415
        from ..models.time_series_equals_filter import TimeSeriesEqualsFilter  # noqa: PLC0415
        from ..models.time_series_exists_filter import TimeSeriesExistsFilter  # noqa: PLC0415
        from ..models.time_series_in_filter import TimeSeriesInFilter  # noqa: PLC0415
        from ..models.time_series_prefix_filter import TimeSeriesPrefixFilter  # noqa: PLC0415
        from ..models.time_series_range_filter import TimeSeriesRangeFilter  # noqa: PLC0415
        from ..models.time_series_search_filter import TimeSeriesSearchFilter  # noqa: PLC0415

        d = dict(src_dict)
        and_ = []
        _and_ = d.pop("and")
        for and_item_data in _and_:

            def _parse_and_item(
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
            ):
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

            and_item = _parse_and_item(and_item_data)

            and_.append(and_item)

        time_series_bool_filter_and = cls(
            and_=and_,
        )

        time_series_bool_filter_and.additional_properties = d
        return time_series_bool_filter_and
