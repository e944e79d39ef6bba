from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SumAggregateIlaSum")


@_attrs_define
class SumAggregateIlaSum(AdditionalProperties):
    """Calculates the sum from the values of the specified property.

    <u>Example:</u>

    ```
    {
      "my_player_scores_sum": {
        "sum": { "property": [ "football", "game_statistics", "points_scored" ] }
      }
    }
    ```

        Attributes:
            property_ (list[str]):
    """

    _FIT = {"property": ("l", "s")}
    _REQUIRED = ("property",)

    property_: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property"))

        sum_aggregate_ila_sum = cls(
            property_=property_,
        )

        sum_aggregate_ila_sum.additional_properties = d
        return sum_aggregate_ila_sum
