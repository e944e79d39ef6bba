from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.filters_aggregate_ila_filters import FiltersAggregateIlaFilters


T = TypeVar("T", bound="FiltersAggregateIla")


@_attrs_define
class FiltersAggregateIla(AdditionalProperties):
    """
    Attributes:
        filters (FiltersAggregateIlaFilters): A multi-bucket aggregation where each bucket contains the records that
            match a filter from `filters list`.

            **Note:** The only 30 such buckets (filter defined) are allowed across all Filters aggregates in a single
            request.

            <u>Example:</u>

            To find the maximum scores earned by a player in all games before 2025-05-15T18:00:00.00Z and after it:
            ```
            {
              "my_filters": {
                "filters": {
                  "filters": [
                    {
                      "range": {
                        "property": [ "football", "game_statistics", "game_date" ],
                        "gte": "2025-05-15T18:00:00.00Z"
                      }
                    },
                    {
                      "range": {
                        "property": [ "football", "game_statistics", "game_date" ],
                        "lt": "2025-05-15T18:00:00.00Z"
                      }
                    }
                  ],
                  "aggregates": {
                    "my_player_scores_max": {
                      "max": { "property": [ "football", "game_statistics", "points_scored" ] }
                    }
                  }
                }
              }
            }
            ```
    """

    _FIT = {"filters": ("m", "FiltersAggregateIlaFilters")}
    _REQUIRED = ("filters",)

    filters: FiltersAggregateIlaFilters
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filters": filters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filters_aggregate_ila_filters import FiltersAggregateIlaFilters  # noqa: PLC0415

        d = dict(src_dict)
        filters = FiltersAggregateIlaFilters.from_dict(d.pop("filters"))

        filters_aggregate_ila = cls(
            filters=filters,
        )

        filters_aggregate_ila.additional_properties = d
        return filters_aggregate_ila
