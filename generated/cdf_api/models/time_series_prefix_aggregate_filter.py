from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.time_series_prefix_aggregate_filter_prefix import TimeSeriesPrefixAggregateFilterPrefix


T = TypeVar("T", bound="TimeSeriesPrefixAggregateFilter")


@_attrs_define
class TimeSeriesPrefixAggregateFilter(AdditionalProperties):
    """
    Attributes:
        prefix (TimeSeriesPrefixAggregateFilterPrefix): Matches intermediate aggregation results where the property key
            or the property value begins with
            the given text. When the `aggregate` operation is `uniqueProperties` or `cardinalityProperties`,
            property _keys_ will be targeted; when it is `uniqueValues` or `cardinalityValues`, property
            _values_ will be targeted.
    """

    _FIT = {"prefix": ("m", "TimeSeriesPrefixAggregateFilterPrefix")}
    _REQUIRED = ("prefix",)

    prefix: TimeSeriesPrefixAggregateFilterPrefix
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prefix = self.prefix.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prefix": prefix,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_series_prefix_aggregate_filter_prefix import TimeSeriesPrefixAggregateFilterPrefix  # noqa: PLC0415

        d = dict(src_dict)
        prefix = TimeSeriesPrefixAggregateFilterPrefix.from_dict(d.pop("prefix"))

        time_series_prefix_aggregate_filter = cls(
            prefix=prefix,
        )

        time_series_prefix_aggregate_filter.additional_properties = d
        return time_series_prefix_aggregate_filter
