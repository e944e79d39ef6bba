from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.record_properties import RecordProperties


T = TypeVar("T", bound="Record")


@_attrs_define
class Record(AdditionalProperties):
    """Record item.

    Attributes:
        space (str):
        external_id (str): The identifier (in scope of a space) of a ```record``` which is stored in a ```stream```.
            **Note:** For *mutable* records, the property value must be unique within the scope of the space the record
            belongs to.
            **Note:** Duplicate ```space + externalId``` pair values are allowed for *immutable* records, even within a
            single batched create records request.
             Example: some_id.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        properties (RecordProperties): Spaces to containers to properties and their values for the requested containers.
    """

    _FIT = {
        "space": "s",
        "externalId": "s",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "properties": ("m", "RecordProperties"),
    }
    _REQUIRED = ("space", "externalId", "createdTime", "lastUpdatedTime", "properties")

    space: str
    external_id: str
    created_time: int
    last_updated_time: int
    properties: RecordProperties
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        external_id = self.external_id

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
                "externalId": external_id,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
                "properties": properties,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.record_properties import RecordProperties  # noqa: PLC0415

        d = dict(src_dict)
        space = d.pop("space")

        external_id = d.pop("externalId")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        properties = RecordProperties.from_dict(d.pop("properties"))

        record = cls(
            space=space,
            external_id=external_id,
            created_time=created_time,
            last_updated_time=last_updated_time,
            properties=properties,
        )

        record.additional_properties = d
        return record
