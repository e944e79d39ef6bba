from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.event_aggregate_properties_properties_item import EventAggregatePropertiesPropertiesItem


T = TypeVar("T", bound="EventAggregateProperties")


@_attrs_define
class EventAggregateProperties(AdditionalProperties):
    """
    Attributes:
        properties (list[EventAggregatePropertiesPropertiesItem]): The property name(s) to apply the aggregation on.
            Currently, limited to one property per request.
    """

    _FIT = {"properties": ("l", ("m", "EventAggregatePropertiesPropertiesItem"))}
    _REQUIRED = ("properties",)

    properties: list[EventAggregatePropertiesPropertiesItem]
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
        from ..models.event_aggregate_properties_properties_item import EventAggregatePropertiesPropertiesItem  # noqa: PLC0415

        d = dict(src_dict)
        properties = []
        _properties = d.pop("properties")
        for properties_item_data in _properties:
            properties_item = EventAggregatePropertiesPropertiesItem.from_dict(properties_item_data)

            properties.append(properties_item)

        event_aggregate_properties = cls(
            properties=properties,
        )

        event_aggregate_properties.additional_properties = d
        return event_aggregate_properties
