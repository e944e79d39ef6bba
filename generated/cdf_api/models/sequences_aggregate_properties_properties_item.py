from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SequencesAggregatePropertiesPropertiesItem")


@_attrs_define
class SequencesAggregatePropertiesPropertiesItem(AdditionalProperties):
    """
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

        sequences_aggregate_properties_properties_item = cls(
            property_=property_,
        )

        sequences_aggregate_properties_properties_item.additional_properties = d
        return sequences_aggregate_properties_properties_item
