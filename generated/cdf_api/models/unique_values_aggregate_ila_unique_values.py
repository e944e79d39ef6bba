from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.aggregates_definition_ila import AggregatesDefinitionIla


T = TypeVar("T", bound="UniqueValuesAggregateIlaUniqueValues")


@_attrs_define
class UniqueValuesAggregateIlaUniqueValues(AdditionalProperties):
    """Request unique value buckets aggregate on the specified property.
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

        Attributes:
            property_ (list[str]):
            aggregates (AggregatesDefinitionIla | Unset):  Example: {'my_avg_aggregate1': {'avg': {'property': ['mySpace',
                'myContainer', 'manufacturer']}}, 'my_terms_aggregate2': {'uniqueValues': {'property': ['mySpace',
                'myContainer', 'manufacturer'], 'aggregates': {'my_sub_aggregate1': {'min': {'property': ['mySpace',
                'myContainer', 'price']}}, 'my_sub_aggregate2': {'max': {'property': ['mySpace', 'myContainer', 'price']}},
                'my_sub_aggregate3': {'uniqueValues': {'property': ['mySpace', 'myContainer', 'region']}}}}}}.
            size (int | Unset): The number of top buckets returned. The default limit is 10 items.
    """

    _FIT = {"property": ("l", "s"), "aggregates": ("m", "AggregatesDefinitionIla"), "size": "i"}
    _REQUIRED = ("property",)

    property_: list[str]
    aggregates: AggregatesDefinitionIla | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        aggregates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aggregates, Unset):
            aggregates = self.aggregates.to_dict()

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
            }
        )
        if aggregates is not UNSET:
            field_dict["aggregates"] = aggregates
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregates_definition_ila import AggregatesDefinitionIla  # noqa: PLC0415

        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property"))

        _aggregates = d.pop("aggregates", UNSET)
        aggregates: AggregatesDefinitionIla | Unset
        if isinstance(_aggregates, Unset):
            aggregates = UNSET
        else:
            aggregates = AggregatesDefinitionIla.from_dict(_aggregates)

        size = d.pop("size", UNSET)

        unique_values_aggregate_ila_unique_values = cls(
            property_=property_,
            aggregates=aggregates,
            size=size,
        )

        unique_values_aggregate_ila_unique_values.additional_properties = d
        return unique_values_aggregate_ila_unique_values
