from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SequencesUniquePropertiesAggregateResponseItemsItemValuesItem")


@_attrs_define
class SequencesUniquePropertiesAggregateResponseItemsItemValuesItem(AdditionalProperties):
    """
    Attributes:
        property_ (list[str] | Unset): The single element in this array is a property specification - either a top-level
            property, such as `['name']`, or a metadata property, such as `['metadata', 'tag']`.
    """

    _FIT = {"property": ("l", "s")}
    _REQUIRED = ()

    property_: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_: list[str] | Unset = UNSET
        if not isinstance(self.property_, Unset):
            property_ = self.property_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if property_ is not UNSET:
            field_dict["property"] = property_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property", UNSET))

        sequences_unique_properties_aggregate_response_items_item_values_item = cls(
            property_=property_,
        )

        sequences_unique_properties_aggregate_response_items_item_values_item.additional_properties = d
        return sequences_unique_properties_aggregate_response_items_item_values_item
