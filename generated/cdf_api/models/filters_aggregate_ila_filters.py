from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.aggregates_definition_ila import AggregatesDefinitionIla
    from ..models.bool_filter_ila_and import BoolFilterIlaAnd
    from ..models.bool_filter_ila_not import BoolFilterIlaNot
    from ..models.bool_filter_ila_or import BoolFilterIlaOr
    from ..models.contains_all_filter_ila import ContainsAllFilterIla
    from ..models.contains_any_filter_ila import ContainsAnyFilterIla
    from ..models.equals_filter_ila import EqualsFilterIla
    from ..models.exists_filter_ila import ExistsFilterIla
    from ..models.has_data_filter_ila import HasDataFilterIla
    from ..models.in_filter_ila import InFilterIla
    from ..models.match_all_filter import MatchAllFilter
    from ..models.prefix_filter_ila import PrefixFilterIla
    from ..models.range_filter_ila import RangeFilterIla


T = TypeVar("T", bound="FiltersAggregateIlaFilters")


@_attrs_define
class FiltersAggregateIlaFilters(AdditionalProperties):
    """A multi-bucket aggregation where each bucket contains the records that match a filter from `filters list`.

    **Note:** The only 30 such buckets (filter defined) are allowed across all Filters aggregates in a single request.

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

        Attributes:
            filters (list[BoolFilterIlaAnd | BoolFilterIlaNot | BoolFilterIlaOr | ContainsAllFilterIla |
                ContainsAnyFilterIla | EqualsFilterIla | ExistsFilterIla | HasDataFilterIla | InFilterIla | MatchAllFilter |
                PrefixFilterIla | RangeFilterIla]): List of filters from which to build buckets.
            aggregates (AggregatesDefinitionIla | Unset):  Example: {'my_avg_aggregate1': {'avg': {'property': ['mySpace',
                'myContainer', 'manufacturer']}}, 'my_terms_aggregate2': {'uniqueValues': {'property': ['mySpace',
                'myContainer', 'manufacturer'], 'aggregates': {'my_sub_aggregate1': {'min': {'property': ['mySpace',
                'myContainer', 'price']}}, 'my_sub_aggregate2': {'max': {'property': ['mySpace', 'myContainer', 'price']}},
                'my_sub_aggregate3': {'uniqueValues': {'property': ['mySpace', 'myContainer', 'region']}}}}}}.
    """

    _FIT = {
        "filters": (
            "l",
            (
                "u",
                (
                    ("m", "BoolFilterIlaAnd"),
                    ("m", "BoolFilterIlaOr"),
                    ("m", "BoolFilterIlaNot"),
                    ("m", "MatchAllFilter"),
                    ("m", "ExistsFilterIla"),
                    ("m", "EqualsFilterIla"),
                    ("m", "HasDataFilterIla"),
                    ("m", "PrefixFilterIla"),
                    ("m", "RangeFilterIla"),
                    ("m", "InFilterIla"),
                    ("m", "ContainsAllFilterIla"),
                    ("m", "ContainsAnyFilterIla"),
                ),
            ),
        ),
        "aggregates": ("m", "AggregatesDefinitionIla"),
    }
    _REQUIRED = ("filters",)

    filters: list[
        BoolFilterIlaAnd
        | BoolFilterIlaNot
        | BoolFilterIlaOr
        | ContainsAllFilterIla
        | ContainsAnyFilterIla
        | EqualsFilterIla
        | ExistsFilterIla
        | HasDataFilterIla
        | InFilterIla
        | MatchAllFilter
        | PrefixFilterIla
        | RangeFilterIla
    ]
    aggregates: AggregatesDefinitionIla | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filters = []
        for filters_item_data in self.filters:
            filters_item: dict[str, Any]
            filters_item = filters_item_data.to_dict()

            filters.append(filters_item)

        aggregates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aggregates, Unset):
            aggregates = self.aggregates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filters": filters,
            }
        )
        if aggregates is not UNSET:
            field_dict["aggregates"] = aggregates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregates_definition_ila import AggregatesDefinitionIla  # noqa: PLC0415
        from ..models.bool_filter_ila_and import BoolFilterIlaAnd  # noqa: PLC0415
        from ..models.bool_filter_ila_not import BoolFilterIlaNot  # noqa: PLC0415
        from ..models.bool_filter_ila_or import BoolFilterIlaOr  # noqa: PLC0415
        from ..models.contains_all_filter_ila import ContainsAllFilterIla  # noqa: PLC0415
        from ..models.contains_any_filter_ila import ContainsAnyFilterIla  # noqa: PLC0415
        from ..models.equals_filter_ila import EqualsFilterIla  # noqa: PLC0415
        from ..models.exists_filter_ila import ExistsFilterIla  # noqa: PLC0415
        from ..models.has_data_filter_ila import HasDataFilterIla  # noqa: PLC0415
        from ..models.in_filter_ila import InFilterIla  # noqa: PLC0415
        from ..models.match_all_filter import MatchAllFilter  # noqa: PLC0415
        from ..models.prefix_filter_ila import PrefixFilterIla  # noqa: PLC0415
        from ..models.range_filter_ila import RangeFilterIla  # noqa: PLC0415

        d = dict(src_dict)
        filters = []
        _filters = d.pop("filters")
        for filters_item_data in _filters:

            def _parse_filters_item(
                data: object,
            ) -> (
                BoolFilterIlaAnd
                | BoolFilterIlaNot
                | BoolFilterIlaOr
                | ContainsAllFilterIla
                | ContainsAnyFilterIla
                | EqualsFilterIla
                | ExistsFilterIla
                | HasDataFilterIla
                | InFilterIla
                | MatchAllFilter
                | PrefixFilterIla
                | RangeFilterIla
            ):
                return parse_best(
                    data,
                    (
                        BoolFilterIlaAnd,
                        BoolFilterIlaOr,
                        BoolFilterIlaNot,
                        MatchAllFilter,
                        ExistsFilterIla,
                        EqualsFilterIla,
                        HasDataFilterIla,
                        PrefixFilterIla,
                        RangeFilterIla,
                        InFilterIla,
                        ContainsAllFilterIla,
                        ContainsAnyFilterIla,
                    ),
                )

            filters_item = _parse_filters_item(filters_item_data)

            filters.append(filters_item)

        _aggregates = d.pop("aggregates", UNSET)
        aggregates: AggregatesDefinitionIla | Unset
        if isinstance(_aggregates, Unset):
            aggregates = UNSET
        else:
            aggregates = AggregatesDefinitionIla.from_dict(_aggregates)

        filters_aggregate_ila_filters = cls(
            filters=filters,
            aggregates=aggregates,
        )

        filters_aggregate_ila_filters.additional_properties = d
        return filters_aggregate_ila_filters
