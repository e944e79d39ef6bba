from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SequencesUniqueValuesAggregateResponseItemsItem")


@_attrs_define
class SequencesUniqueValuesAggregateResponseItemsItem(AdditionalProperties):
    """
    Attributes:
        count (int): The number of sequences that match the given filters and have the corresponding value for the given
            property.
        values (list[str] | Unset): The single element in this array is a value that is taken on by the given property
            in one or more of the sequences that match the given filters. Note that even if the original value was a number
            or a boolean, the value will be represented as a string in this array.
    """

    _FIT = {"count": "i", "values": ("l", "s")}
    _REQUIRED = ("count",)

    count: int
    values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
            }
        )
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        values = cast(list[str], d.pop("values", UNSET))

        sequences_unique_values_aggregate_response_items_item = cls(
            count=count,
            values=values,
        )

        sequences_unique_values_aggregate_response_items_item.additional_properties = d
        return sequences_unique_values_aggregate_response_items_item
