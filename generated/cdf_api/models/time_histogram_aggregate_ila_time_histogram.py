from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.time_histogram_aggregate_ila_time_histogram_calendar_interval import (
    TimeHistogramAggregateIlaTimeHistogramCalendarInterval,
)
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.aggregates_definition_ila import AggregatesDefinitionIla
    from ..models.time_histogram_aggregate_ila_time_histogram_hard_bounds import (
        TimeHistogramAggregateIlaTimeHistogramHardBounds,
    )


T = TypeVar("T", bound="TimeHistogramAggregateIlaTimeHistogram")


@_attrs_define
class TimeHistogramAggregateIlaTimeHistogram(AdditionalProperties):
    """A time histogram aggregator function. This function will generate a histogram from the values of the specified
    property. It uses the specified calendar or fixed interval as defined in the request arguments.
    The request attribute calendarInterval or fixedInterval must be specified but not both.

    <u>Example:</u>

    ```
    {
      "my_daily_histogram": {
        "timeHistogram": {
          "calendarInterval": "1d",
          "property": [ "football", "game_statistics", "game_date" ],
          "aggregates": {
            "my_group_by_player_name": {
              "uniqueValues": {
                "property": [ "football", "game_statistics", "player_name" ],
                "aggregates": {
                  "my_player_daily_scores_sum": {
                    "sum": {
                      "property": [ "football", "game_statistics", "points_scored" ]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    ```

        Attributes:
            property_ (list[str]):
            calendar_interval (TimeHistogramAggregateIlaTimeHistogramCalendarInterval | Unset): The calendar interval
                between each bucket.
                 Example: 1q.
            fixed_interval (str | Unset): The interval between each bucket. It must be a correct duration representation:
                3m, 400h, 25d, etc.
                 Example: 42m.
            hard_bounds (TimeHistogramAggregateIlaTimeHistogramHardBounds | Unset): To limit the range of buckets in the
                histogram. It is particularly useful
                in the case of open data ranges that can result in a very large number of buckets.
                One or both bounds must be specified.
                The returned buckets are those whose keys fall within [min, max) (min inclusive, max exclusive).
                Unlike the `lastUpdatedTime` range filter, only ISO 8601 date-time strings are accepted
                (epoch milliseconds are not supported).
            aggregates (AggregatesDefinitionIla | Unset):  Example: {'my_avg_aggregate1': {'avg': {'property': ['mySpace',
                'myContainer', 'manufacturer']}}, 'my_terms_aggregate2': {'uniqueValues': {'property': ['mySpace',
                'myContainer', 'manufacturer'], 'aggregates': {'my_sub_aggregate1': {'min': {'property': ['mySpace',
                'myContainer', 'price']}}, 'my_sub_aggregate2': {'max': {'property': ['mySpace', 'myContainer', 'price']}},
                'my_sub_aggregate3': {'uniqueValues': {'property': ['mySpace', 'myContainer', 'region']}}}}}}.
    """

    _FIT = {
        "property": ("l", "s"),
        "calendarInterval": "s",
        "fixedInterval": "s",
        "hardBounds": ("m", "TimeHistogramAggregateIlaTimeHistogramHardBounds"),
        "aggregates": ("m", "AggregatesDefinitionIla"),
    }
    _REQUIRED = ("property",)

    property_: list[str]
    calendar_interval: TimeHistogramAggregateIlaTimeHistogramCalendarInterval | Unset = UNSET
    fixed_interval: str | Unset = UNSET
    hard_bounds: TimeHistogramAggregateIlaTimeHistogramHardBounds | Unset = UNSET
    aggregates: AggregatesDefinitionIla | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        calendar_interval: str | Unset = UNSET
        if not isinstance(self.calendar_interval, Unset):
            calendar_interval = self.calendar_interval.value

        fixed_interval = self.fixed_interval

        hard_bounds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hard_bounds, Unset):
            hard_bounds = self.hard_bounds.to_dict()

        aggregates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aggregates, Unset):
            aggregates = self.aggregates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
            }
        )
        if calendar_interval is not UNSET:
            field_dict["calendarInterval"] = calendar_interval
        if fixed_interval is not UNSET:
            field_dict["fixedInterval"] = fixed_interval
        if hard_bounds is not UNSET:
            field_dict["hardBounds"] = hard_bounds
        if aggregates is not UNSET:
            field_dict["aggregates"] = aggregates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregates_definition_ila import AggregatesDefinitionIla  # noqa: PLC0415
        from ..models.time_histogram_aggregate_ila_time_histogram_hard_bounds import (
            TimeHistogramAggregateIlaTimeHistogramHardBounds,  # noqa: PLC0415
        )

        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property"))

        _calendar_interval = d.pop("calendarInterval", UNSET)
        calendar_interval: TimeHistogramAggregateIlaTimeHistogramCalendarInterval | Unset
        if isinstance(_calendar_interval, Unset):
            calendar_interval = UNSET
        else:
            calendar_interval = TimeHistogramAggregateIlaTimeHistogramCalendarInterval(_calendar_interval)

        fixed_interval = d.pop("fixedInterval", UNSET)

        _hard_bounds = d.pop("hardBounds", UNSET)
        hard_bounds: TimeHistogramAggregateIlaTimeHistogramHardBounds | Unset
        if isinstance(_hard_bounds, Unset):
            hard_bounds = UNSET
        else:
            hard_bounds = TimeHistogramAggregateIlaTimeHistogramHardBounds.from_dict(_hard_bounds)

        _aggregates = d.pop("aggregates", UNSET)
        aggregates: AggregatesDefinitionIla | Unset
        if isinstance(_aggregates, Unset):
            aggregates = UNSET
        else:
            aggregates = AggregatesDefinitionIla.from_dict(_aggregates)

        time_histogram_aggregate_ila_time_histogram = cls(
            property_=property_,
            calendar_interval=calendar_interval,
            fixed_interval=fixed_interval,
            hard_bounds=hard_bounds,
            aggregates=aggregates,
        )

        time_histogram_aggregate_ila_time_histogram.additional_properties = d
        return time_histogram_aggregate_ila_time_histogram
