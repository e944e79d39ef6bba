from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.unique_values_aggregate_ila_unique_values import UniqueValuesAggregateIlaUniqueValues


T = TypeVar("T", bound="UniqueValuesAggregateIla")


@_attrs_define
class UniqueValuesAggregateIla(AdditionalProperties):
    """
    Attributes:
        unique_values (UniqueValuesAggregateIlaUniqueValues): Request unique value buckets aggregate on the specified
            property.
            Each bucket is defined by `value` attribute and has the records `count` in the bucket.

            <u>Example:</u>

            ```
            {
              "my_group_by_player_name": {
                "uniqueValues": {
                  "property": [ "football", "game_statistics", "player_name" ],
                  "aggregates": {
                    "my_player_scores_sum": {
                      "sum": { "property": [ "football", "game_statistics", "points_scored" ] }
                    },
                    "my_player_scores_maximum": {
                      "max": { "property": [ "football", "game_statistics", "points_scored" ] }
                    }
                  }
                }
              }
            }
            ```
    """

    _FIT = {"uniqueValues": ("m", "UniqueValuesAggregateIlaUniqueValues")}
    _REQUIRED = ("uniqueValues",)

    unique_values: UniqueValuesAggregateIlaUniqueValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unique_values = self.unique_values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uniqueValues": unique_values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unique_values_aggregate_ila_unique_values import UniqueValuesAggregateIlaUniqueValues  # noqa: PLC0415

        d = dict(src_dict)
        unique_values = UniqueValuesAggregateIlaUniqueValues.from_dict(d.pop("uniqueValues"))

        unique_values_aggregate_ila = cls(
            unique_values=unique_values,
        )

        unique_values_aggregate_ila.additional_properties = d
        return unique_values_aggregate_ila
