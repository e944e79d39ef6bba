from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.time_series_range_aggregate_filter_range import TimeSeriesRangeAggregateFilterRange


T = TypeVar("T", bound="TimeSeriesRangeAggregateFilter")


@_attrs_define
class TimeSeriesRangeAggregateFilter(AdditionalProperties):
    """
    Attributes:
        range_ (TimeSeriesRangeAggregateFilterRange): Matches intermediate aggregation results where the property key or
            the property value is within the
            provided range. When the `aggregate` operation is `uniqueProperties` or `cardinalityProperties`,
            property _keys_ will be targeted; when it is `uniqueValues` or `cardinalityValues`, property
            _values_ will be targeted.

            At least one of the following bounds must be specified:
            - `gte`: Greater than or equal to.
            - `gt`: Greater than.
            - `lte`: Less than or equal to.
            - `lt`: Less than.

            It is not valid to specify both inclusive and exclusive bounds "on the same side" together:
            at most one of `lte` and `lt` may be specified, and at most one of `gte` and `gt`.

            In the case of `aggregate` being `uniqueProperties` or `cardinalityProperties`,
            `gte`/`gt`/`lte`/`lt` must be set to a string. In the case of `aggregate` being `uniqueValues` or
            `cardinalityValues`, this filter may only be applied to string properties or number properties,
            with `gte`/`gt`/`lte`/`lt` containing values of the corresponding type.
    """

    _FIT = {"range": ("m", "TimeSeriesRangeAggregateFilterRange")}
    _REQUIRED = ("range",)

    range_: TimeSeriesRangeAggregateFilterRange
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        range_ = self.range_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "range": range_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_series_range_aggregate_filter_range import TimeSeriesRangeAggregateFilterRange  # noqa: PLC0415

        d = dict(src_dict)
        range_ = TimeSeriesRangeAggregateFilterRange.from_dict(d.pop("range"))

        time_series_range_aggregate_filter = cls(
            range_=range_,
        )

        time_series_range_aggregate_filter.additional_properties = d
        return time_series_range_aggregate_filter
