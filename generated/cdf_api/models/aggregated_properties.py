from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aggregated_property import AggregatedProperty
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AggregatedProperties")


@_attrs_define
class AggregatedProperties(AdditionalProperties):
    """
    Attributes:
        aggregated_properties (list[AggregatedProperty] | Unset): Set of aggregated properties to include
    """

    _FIT = {"aggregatedProperties": ("l", "s")}
    _REQUIRED = ()

    aggregated_properties: list[AggregatedProperty] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggregated_properties: list[str] | Unset = UNSET
        if not isinstance(self.aggregated_properties, Unset):
            aggregated_properties = []
            for aggregated_properties_item_data in self.aggregated_properties:
                aggregated_properties_item = aggregated_properties_item_data.value
                aggregated_properties.append(aggregated_properties_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if aggregated_properties is not UNSET:
            field_dict["aggregatedProperties"] = aggregated_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _aggregated_properties = d.pop("aggregatedProperties", UNSET)
        aggregated_properties: list[AggregatedProperty] | Unset = UNSET
        if _aggregated_properties is not UNSET:
            aggregated_properties = []
            for aggregated_properties_item_data in _aggregated_properties:
                aggregated_properties_item = AggregatedProperty(aggregated_properties_item_data)

                aggregated_properties.append(aggregated_properties_item)

        aggregated_properties = cls(
            aggregated_properties=aggregated_properties,
        )

        aggregated_properties.additional_properties = d
        return aggregated_properties
