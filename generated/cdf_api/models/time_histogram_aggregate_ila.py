from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.time_histogram_aggregate_ila_time_histogram import TimeHistogramAggregateIlaTimeHistogram


T = TypeVar("T", bound="TimeHistogramAggregateIla")


@_attrs_define
class TimeHistogramAggregateIla(AdditionalProperties):
    """
    Attributes:
        time_histogram (TimeHistogramAggregateIlaTimeHistogram): A time histogram aggregator function. This function
            will generate a histogram from the values of the specified
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
    """

    _FIT = {"timeHistogram": ("m", "TimeHistogramAggregateIlaTimeHistogram")}
    _REQUIRED = ("timeHistogram",)

    time_histogram: TimeHistogramAggregateIlaTimeHistogram
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_histogram = self.time_histogram.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timeHistogram": time_histogram,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_histogram_aggregate_ila_time_histogram import TimeHistogramAggregateIlaTimeHistogram  # noqa: PLC0415

        d = dict(src_dict)
        time_histogram = TimeHistogramAggregateIlaTimeHistogram.from_dict(d.pop("timeHistogram"))

        time_histogram_aggregate_ila = cls(
            time_histogram=time_histogram,
        )

        time_histogram_aggregate_ila.additional_properties = d
        return time_histogram_aggregate_ila
