from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="MeasureMappedPercentageResponseSchemaItemsItem")


@_attrs_define
class MeasureMappedPercentageResponseSchemaItemsItem(AdditionalProperties):
    """
    Attributes:
        property_name (str): The name of this property
        mapped_percentage (float):
    """

    _FIT = {"propertyName": "s", "mappedPercentage": "n"}
    _REQUIRED = ("propertyName", "mappedPercentage")

    property_name: str
    mapped_percentage: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_name = self.property_name

        mapped_percentage = self.mapped_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "propertyName": property_name,
                "mappedPercentage": mapped_percentage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_name = d.pop("propertyName")

        mapped_percentage = d.pop("mappedPercentage")

        measure_mapped_percentage_response_schema_items_item = cls(
            property_name=property_name,
            mapped_percentage=mapped_percentage,
        )

        measure_mapped_percentage_response_schema_items_item.additional_properties = d
        return measure_mapped_percentage_response_schema_items_item
