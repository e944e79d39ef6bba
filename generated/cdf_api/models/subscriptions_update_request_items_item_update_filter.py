from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.time_series_bool_filter_and import TimeSeriesBoolFilterAnd
    from ..models.time_series_bool_filter_not import TimeSeriesBoolFilterNot
    from ..models.time_series_bool_filter_or import TimeSeriesBoolFilterOr
    from ..models.time_series_contains_all_filter import TimeSeriesContainsAllFilter
    from ..models.time_series_contains_any_filter import TimeSeriesContainsAnyFilter
    from ..models.time_series_equals_filter import TimeSeriesEqualsFilter
    from ..models.time_series_exists_filter import TimeSeriesExistsFilter
    from ..models.time_series_in_filter import TimeSeriesInFilter
    from ..models.time_series_prefix_filter import TimeSeriesPrefixFilter
    from ..models.time_series_range_filter import TimeSeriesRangeFilter


T = TypeVar("T", bound="SubscriptionsUpdateRequestItemsItemUpdateFilter")


@_attrs_define
class SubscriptionsUpdateRequestItemsItemUpdateFilter(AdditionalProperties):
    """New filter definition of the subscription. This can only be used to
    update a filter subscription. It is not possible to delete a filter,
    you will have to delete the subscription.
    This update is eventually consistent, there may be a period of time where
    you get a mix of data, both from the old and the new filter.

        Attributes:
            set_ (TimeSeriesBoolFilterAnd | TimeSeriesBoolFilterNot | TimeSeriesBoolFilterOr | TimeSeriesContainsAllFilter |
                TimeSeriesContainsAnyFilter | TimeSeriesEqualsFilter | TimeSeriesExistsFilter | TimeSeriesInFilter |
                TimeSeriesPrefixFilter | TimeSeriesRangeFilter | Unset): A filter DSL (Domain Specific Language) to define
                advanced filter queries.

                At the top level, a `filter` expression is either a single Boolean filter or a
                single leaf filter. Boolean filters contain other Boolean filters and/or leaf filters. The
                total number of filters may be at most 100, and the depth (the greatest number of times
                filters have been nested inside each other) may be at most 10.
                 Example: {'or': [{'not': {'and': [{'equals': {'property': ['metadata', 'manufacturer'], 'value': 'acme'}},
                {'in': {'property': ['name'], 'values': ['pump-1-temperature', 'motor-9-temperature']}}, {'range': {'property':
                ['dataSetId'], 'gte': 1, 'lt': 10}}]}}, {'and': [{'equals': {'property': ['assetId'], 'value': 1234}},
                {'equals': {'property': ['description'], 'value': 'Temperature in Celsius'}}]}]}.
    """

    _FIT = {
        "set": (
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
            ),
        )
    }
    _REQUIRED = ()

    set_: (
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
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_: dict[str, Any] | Unset
        if isinstance(self.set_, Unset):
            set_ = UNSET
        else:
            set_ = self.set_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if set_ is not UNSET:
            field_dict["set"] = set_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_series_bool_filter_and import TimeSeriesBoolFilterAnd  # noqa: PLC0415
        from ..models.time_series_bool_filter_not import TimeSeriesBoolFilterNot  # noqa: PLC0415
        from ..models.time_series_bool_filter_or import TimeSeriesBoolFilterOr  # noqa: PLC0415
        from ..models.time_series_contains_all_filter import TimeSeriesContainsAllFilter  # noqa: PLC0415
        from ..models.time_series_contains_any_filter import TimeSeriesContainsAnyFilter  # noqa: PLC0415
        from ..models.time_series_equals_filter import TimeSeriesEqualsFilter  # noqa: PLC0415
        from ..models.time_series_exists_filter import TimeSeriesExistsFilter  # noqa: PLC0415
        from ..models.time_series_in_filter import TimeSeriesInFilter  # noqa: PLC0415
        from ..models.time_series_prefix_filter import TimeSeriesPrefixFilter  # noqa: PLC0415
        from ..models.time_series_range_filter import TimeSeriesRangeFilter  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_set_(
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
                ),
            )

        set_ = _parse_set_(d.pop("set", UNSET))

        subscriptions_update_request_items_item_update_filter = cls(
            set_=set_,
        )

        subscriptions_update_request_items_item_update_filter.additional_properties = d
        return subscriptions_update_request_items_item_update_filter
