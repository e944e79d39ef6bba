from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.sequences_unique_properties_aggregate_response_items_item_values_item import (
        SequencesUniquePropertiesAggregateResponseItemsItemValuesItem,
    )


T = TypeVar("T", bound="SequencesUniquePropertiesAggregateResponseItemsItem")


@_attrs_define
class SequencesUniquePropertiesAggregateResponseItemsItem(AdditionalProperties):
    """
    Attributes:
        count (int): The number of sequences that match the given filters and have the corresponding property.
        values (list[SequencesUniquePropertiesAggregateResponseItemsItemValuesItem] | Unset):
    """

    _FIT = {"count": "i", "values": ("l", ("m", "SequencesUniquePropertiesAggregateResponseItemsItemValuesItem"))}
    _REQUIRED = ("count",)

    count: int
    values: list[SequencesUniquePropertiesAggregateResponseItemsItemValuesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

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
        from ..models.sequences_unique_properties_aggregate_response_items_item_values_item import (
            SequencesUniquePropertiesAggregateResponseItemsItemValuesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        count = d.pop("count")

        _values = d.pop("values", UNSET)
        values: list[SequencesUniquePropertiesAggregateResponseItemsItemValuesItem] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = SequencesUniquePropertiesAggregateResponseItemsItemValuesItem.from_dict(values_item_data)

                values.append(values_item)

        sequences_unique_properties_aggregate_response_items_item = cls(
            count=count,
            values=values,
        )

        sequences_unique_properties_aggregate_response_items_item.additional_properties = d
        return sequences_unique_properties_aggregate_response_items_item
