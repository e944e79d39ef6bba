from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SequencesCardinalityPropertiesAggregateResponseItemsItem")


@_attrs_define
class SequencesCardinalityPropertiesAggregateResponseItemsItem(AdditionalProperties):
    """
    Attributes:
        count (int): The approximate number of unique properties that begin with the given property path among the
            sequences that match the given filters.
    """

    _FIT = {"count": "i"}
    _REQUIRED = ("count",)

    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        sequences_cardinality_properties_aggregate_response_items_item = cls(
            count=count,
        )

        sequences_cardinality_properties_aggregate_response_items_item.additional_properties = d
        return sequences_cardinality_properties_aggregate_response_items_item
