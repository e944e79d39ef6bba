from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.event_metadata import EventMetadata


T = TypeVar("T", bound="ExternalEvent")


@_attrs_define
class ExternalEvent(AdditionalProperties):
    """An event represents something that happened at a given interval in time, e.g a failure, a work order, etc.

    Attributes:
        external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        data_set_id (int | Unset): A server-generated ID for the object.
        start_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        end_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        type_ (str | Unset): Type of the event, e.g 'failure'.
        subtype (str | Unset): SubType of the event, e.g 'electrical'.
        description (str | Unset): Textual description of the event.
        metadata (EventMetadata | Unset): Custom, application specific metadata. String key -> String value. Limits:
            Maximum length of key is 128 bytes, value 128000 bytes, up to 256 key-value pairs, of total size at most 200000.
        asset_ids (list[int] | Unset): Asset IDs of equipment that this event relates to.
        source (str | Unset): The source of this event.
    """

    _FIT = {
        "externalId": "s",
        "dataSetId": "i",
        "startTime": "i",
        "endTime": "i",
        "type": "s",
        "subtype": "s",
        "description": "s",
        "metadata": ("m", "EventMetadata"),
        "assetIds": ("l", "i"),
        "source": "s",
    }
    _REQUIRED = ()

    external_id: str | Unset = UNSET
    data_set_id: int | Unset = UNSET
    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    type_: str | Unset = UNSET
    subtype: str | Unset = UNSET
    description: str | Unset = UNSET
    metadata: EventMetadata | Unset = UNSET
    asset_ids: list[int] | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        data_set_id = self.data_set_id

        start_time = self.start_time

        end_time = self.end_time

        type_ = self.type_

        subtype = self.subtype

        description = self.description

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        asset_ids: list[int] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if type_ is not UNSET:
            field_dict["type"] = type_
        if subtype is not UNSET:
            field_dict["subtype"] = subtype
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if asset_ids is not UNSET:
            field_dict["assetIds"] = asset_ids
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_metadata import EventMetadata  # noqa: PLC0415

        d = dict(src_dict)
        external_id = d.pop("externalId", UNSET)

        data_set_id = d.pop("dataSetId", UNSET)

        start_time = d.pop("startTime", UNSET)

        end_time = d.pop("endTime", UNSET)

        type_ = d.pop("type", UNSET)

        subtype = d.pop("subtype", UNSET)

        description = d.pop("description", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: EventMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = EventMetadata.from_dict(_metadata)

        asset_ids = cast(list[int], d.pop("assetIds", UNSET))

        source = d.pop("source", UNSET)

        external_event = cls(
            external_id=external_id,
            data_set_id=data_set_id,
            start_time=start_time,
            end_time=end_time,
            type_=type_,
            subtype=subtype,
            description=description,
            metadata=metadata,
            asset_ids=asset_ids,
            source=source,
        )

        external_event.additional_properties = d
        return external_event
