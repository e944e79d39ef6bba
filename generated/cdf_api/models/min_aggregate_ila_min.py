from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="MinAggregateIlaMin")


@_attrs_define
class MinAggregateIlaMin(AdditionalProperties):
    """The function will calculate, and return, the lowest - min - value for a property.

    <u>Example:</u>

    ```
    {
      "my_player_age_min": {
        "min": { "property": [ "football", "game_statistics", "player_age" ] }
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

        min_aggregate_ila_min = cls(
            property_=property_,
        )

        min_aggregate_ila_min.additional_properties = d
        return min_aggregate_ila_min
