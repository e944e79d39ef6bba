from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.container_reference import ContainerReference
    from ..models.property_value_group_v3 import PropertyValueGroupV3


T = TypeVar("T", bound="RecordData")


@_attrs_define
class RecordData(AdditionalProperties):
    """Property values for the identified/specified container.

    Attributes:
        source (ContainerReference): Reference to an existing container
        properties (PropertyValueGroupV3): Group of property values indexed by a local unique identifier. The identifier
            has to have a length of between 1 and 255 characters.  It must also match the pattern
            ```^[a-zA-Z0-9][a-zA-Z0-9_-]{0,253}[a-zA-Z0-9]?$``` , and it cannot be any of the following reserved
            identifiers: ```space```, ```externalId```, ```createdTime```, ```lastUpdatedTime```, ```deletedTime```, and
            ```extensions```. The maximum number of properties depends on your subscription, and is by default 100. Example:
            {'someStringProperty': 'someStringValue', 'someDirectRelation': {'space': 'mySpace', 'externalId': 'someNode'},
            'someIntArrayProperty': [1, 2, 3, 4]}.
    """

    _FIT = {"source": ("m", "ContainerReference"), "properties": ("m", "PropertyValueGroupV3")}
    _REQUIRED = ("source", "properties")

    source: ContainerReference
    properties: PropertyValueGroupV3
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source.to_dict()

        properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "properties": properties,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_reference import ContainerReference  # noqa: PLC0415
        from ..models.property_value_group_v3 import PropertyValueGroupV3  # noqa: PLC0415

        d = dict(src_dict)
        source = ContainerReference.from_dict(d.pop("source"))

        properties = PropertyValueGroupV3.from_dict(d.pop("properties"))

        record_data = cls(
            source=source,
            properties=properties,
        )

        record_data.additional_properties = d
        return record_data
