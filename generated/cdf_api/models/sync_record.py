from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sync_record_status import SyncRecordStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.sync_record_properties import SyncRecordProperties


T = TypeVar("T", bound="SyncRecord")


@_attrs_define
class SyncRecord(AdditionalProperties):
    """Sync record item.

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
        status (SyncRecordStatus): The attribute represents the current record status.
        properties (SyncRecordProperties | Unset): Spaces to containers to properties and their values for the requested
            containers.
            **Note:** The attribute is omitted for deleted records in mutable streams.
    """

    _FIT = {
        "space": "s",
        "externalId": "s",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "status": "s",
        "properties": ("m", "SyncRecordProperties"),
    }
    _REQUIRED = ("space", "externalId", "createdTime", "lastUpdatedTime", "status")

    space: str
    external_id: str
    created_time: int
    last_updated_time: int
    status: SyncRecordStatus
    properties: SyncRecordProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        external_id = self.external_id

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        status = self.status.value

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
                "externalId": external_id,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
                "status": status,
            }
        )
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sync_record_properties import SyncRecordProperties  # noqa: PLC0415

        d = dict(src_dict)
        space = d.pop("space")

        external_id = d.pop("externalId")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        status = SyncRecordStatus(d.pop("status"))

        _properties = d.pop("properties", UNSET)
        properties: SyncRecordProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = SyncRecordProperties.from_dict(_properties)

        sync_record = cls(
            space=space,
            external_id=external_id,
            created_time=created_time,
            last_updated_time=last_updated_time,
            status=status,
            properties=properties,
        )

        sync_record.additional_properties = d
        return sync_record
