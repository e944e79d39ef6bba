from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.property_specific_target_unit import PropertySpecificTargetUnit


T = TypeVar("T", bound="RecordTargetUnitsProperties")


@_attrs_define
class RecordTargetUnitsProperties(AdditionalProperties):
    """
    Attributes:
        properties (list[PropertySpecificTargetUnit]): List of properties and units to convert these properties to.
    """

    _FIT = {"properties": ("l", ("m", "PropertySpecificTargetUnit"))}
    _REQUIRED = ("properties",)

    properties: list[PropertySpecificTargetUnit]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        properties = []
        for properties_item_data in self.properties:
            properties_item = properties_item_data.to_dict()
            properties.append(properties_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "properties": properties,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.property_specific_target_unit import PropertySpecificTargetUnit  # noqa: PLC0415

        d = dict(src_dict)
        properties = []
        _properties = d.pop("properties")
        for properties_item_data in _properties:
            properties_item = PropertySpecificTargetUnit.from_dict(properties_item_data)

            properties.append(properties_item)

        record_target_units_properties = cls(
            properties=properties,
        )

        record_target_units_properties.additional_properties = d
        return record_target_units_properties
