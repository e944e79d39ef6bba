from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.min_aggregate_ila_min import MinAggregateIlaMin


T = TypeVar("T", bound="MinAggregateIla")


@_attrs_define
class MinAggregateIla(AdditionalProperties):
    """
    Attributes:
        min_ (MinAggregateIlaMin): The function will calculate, and return, the lowest - min - value for a property.

            <u>Example:</u>

            ```
            {
              "my_player_age_min": {
                "min": { "property": [ "football", "game_statistics", "player_age" ] }
              }
            }
            ```
    """

    _FIT = {"min": ("m", "MinAggregateIlaMin")}
    _REQUIRED = ("min",)

    min_: MinAggregateIlaMin
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_ = self.min_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "min": min_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.min_aggregate_ila_min import MinAggregateIlaMin  # noqa: PLC0415

        d = dict(src_dict)
        min_ = MinAggregateIlaMin.from_dict(d.pop("min"))

        min_aggregate_ila = cls(
            min_=min_,
        )

        min_aggregate_ila.additional_properties = d
        return min_aggregate_ila
