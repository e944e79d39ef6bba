from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.array_patch_long_add_or_remove import ArrayPatchLongAddOrRemove
    from ..models.array_patch_long_set import ArrayPatchLongSet
    from ..models.object_patch_event_add_remove import ObjectPatchEventAddRemove
    from ..models.object_patch_event_set import ObjectPatchEventSet
    from ..models.remove_field import RemoveField
    from ..models.set_description import SetDescription
    from ..models.set_event_source import SetEventSource
    from ..models.set_event_sub_type import SetEventSubType
    from ..models.set_event_type import SetEventType
    from ..models.set_external_id import SetExternalId
    from ..models.set_long_field import SetLongField


T = TypeVar("T", bound="EventPatchUpdate")


@_attrs_define
class EventPatchUpdate(AdditionalProperties):
    """
    Attributes:
        external_id (RemoveField | SetExternalId | Unset): Set a new value for the externalId, or remove the value. Must
            be unique for the resource type.
        data_set_id (RemoveField | SetLongField | Unset): Set a new value for the long, or remove the value.
        start_time (RemoveField | SetLongField | Unset): Set a new value for the long, or remove the value.
        end_time (RemoveField | SetLongField | Unset): Set a new value for the long, or remove the value.
        description (RemoveField | SetDescription | Unset):
        metadata (ObjectPatchEventAddRemove | ObjectPatchEventSet | Unset): Custom, application specific metadata.
            String key -> String value. Limits of updated event: Maximum length of key is 128 bytes, value 128000 bytes, up
            to 256 key-value pairs, of total size at most 200000.
        asset_ids (ArrayPatchLongAddOrRemove | ArrayPatchLongSet | Unset): Change that will be applied to the array.
        source (RemoveField | SetEventSource | Unset): Set a new value for the source, or remove the value.
        type_ (RemoveField | SetEventType | Unset):
        subtype (RemoveField | SetEventSubType | Unset):
    """

    _FIT = {
        "externalId": ("u", (("m", "SetExternalId"), ("m", "RemoveField"))),
        "dataSetId": ("u", (("m", "SetLongField"), ("m", "RemoveField"))),
        "startTime": ("u", (("m", "SetLongField"), ("m", "RemoveField"))),
        "endTime": ("u", (("m", "SetLongField"), ("m", "RemoveField"))),
        "description": ("u", (("m", "SetDescription"), ("m", "RemoveField"))),
        "metadata": ("u", (("m", "ObjectPatchEventSet"), ("m", "ObjectPatchEventAddRemove"))),
        "assetIds": ("u", (("m", "ArrayPatchLongSet"), ("m", "ArrayPatchLongAddOrRemove"))),
        "source": ("u", (("m", "SetEventSource"), ("m", "RemoveField"))),
        "type": ("u", (("m", "SetEventType"), ("m", "RemoveField"))),
        "subtype": ("u", (("m", "SetEventSubType"), ("m", "RemoveField"))),
    }
    _REQUIRED = ()

    external_id: RemoveField | SetExternalId | Unset = UNSET
    data_set_id: RemoveField | SetLongField | Unset = UNSET
    start_time: RemoveField | SetLongField | Unset = UNSET
    end_time: RemoveField | SetLongField | Unset = UNSET
    description: RemoveField | SetDescription | Unset = UNSET
    metadata: ObjectPatchEventAddRemove | ObjectPatchEventSet | Unset = UNSET
    asset_ids: ArrayPatchLongAddOrRemove | ArrayPatchLongSet | Unset = UNSET
    source: RemoveField | SetEventSource | Unset = UNSET
    type_: RemoveField | SetEventType | Unset = UNSET
    subtype: RemoveField | SetEventSubType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id: dict[str, Any] | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id.to_dict()

        data_set_id: dict[str, Any] | Unset
        if isinstance(self.data_set_id, Unset):
            data_set_id = UNSET
        else:
            data_set_id = self.data_set_id.to_dict()

        start_time: dict[str, Any] | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time.to_dict()

        end_time: dict[str, Any] | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time.to_dict()

        description: dict[str, Any] | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description.to_dict()

        metadata: dict[str, Any] | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata.to_dict()

        asset_ids: dict[str, Any] | Unset
        if isinstance(self.asset_ids, Unset):
            asset_ids = UNSET
        else:
            asset_ids = self.asset_ids.to_dict()

        source: dict[str, Any] | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source.to_dict()

        type_: dict[str, Any] | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_.to_dict()

        subtype: dict[str, Any] | Unset
        if isinstance(self.subtype, Unset):
            subtype = UNSET
        else:
            subtype = self.subtype.to_dict()

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
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if asset_ids is not UNSET:
            field_dict["assetIds"] = asset_ids
        if source is not UNSET:
            field_dict["source"] = source
        if type_ is not UNSET:
            field_dict["type"] = type_
        if subtype is not UNSET:
            field_dict["subtype"] = subtype

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.array_patch_long_add_or_remove import ArrayPatchLongAddOrRemove  # noqa: PLC0415
        from ..models.array_patch_long_set import ArrayPatchLongSet  # noqa: PLC0415
        from ..models.object_patch_event_add_remove import ObjectPatchEventAddRemove  # noqa: PLC0415
        from ..models.object_patch_event_set import ObjectPatchEventSet  # noqa: PLC0415
        from ..models.remove_field import RemoveField  # noqa: PLC0415
        from ..models.set_description import SetDescription  # noqa: PLC0415
        from ..models.set_event_source import SetEventSource  # noqa: PLC0415
        from ..models.set_event_sub_type import SetEventSubType  # noqa: PLC0415
        from ..models.set_event_type import SetEventType  # noqa: PLC0415
        from ..models.set_external_id import SetExternalId  # noqa: PLC0415
        from ..models.set_long_field import SetLongField  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_external_id(data: object) -> RemoveField | SetExternalId | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetExternalId, RemoveField))

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_data_set_id(data: object) -> RemoveField | SetLongField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetLongField, RemoveField))

        data_set_id = _parse_data_set_id(d.pop("dataSetId", UNSET))

        def _parse_start_time(data: object) -> RemoveField | SetLongField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetLongField, RemoveField))

        start_time = _parse_start_time(d.pop("startTime", UNSET))

        def _parse_end_time(data: object) -> RemoveField | SetLongField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetLongField, RemoveField))

        end_time = _parse_end_time(d.pop("endTime", UNSET))

        def _parse_description(data: object) -> RemoveField | SetDescription | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetDescription, RemoveField))

        description = _parse_description(d.pop("description", UNSET))

        def _parse_metadata(data: object) -> ObjectPatchEventAddRemove | ObjectPatchEventSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ObjectPatchEventSet, ObjectPatchEventAddRemove))

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_asset_ids(data: object) -> ArrayPatchLongAddOrRemove | ArrayPatchLongSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ArrayPatchLongSet, ArrayPatchLongAddOrRemove))

        asset_ids = _parse_asset_ids(d.pop("assetIds", UNSET))

        def _parse_source(data: object) -> RemoveField | SetEventSource | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetEventSource, RemoveField))

        source = _parse_source(d.pop("source", UNSET))

        def _parse_type_(data: object) -> RemoveField | SetEventType | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetEventType, RemoveField))

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_subtype(data: object) -> RemoveField | SetEventSubType | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetEventSubType, RemoveField))

        subtype = _parse_subtype(d.pop("subtype", UNSET))

        event_patch_update = cls(
            external_id=external_id,
            data_set_id=data_set_id,
            start_time=start_time,
            end_time=end_time,
            description=description,
            metadata=metadata,
            asset_ids=asset_ids,
            source=source,
            type_=type_,
            subtype=subtype,
        )

        event_patch_update.additional_properties = d
        return event_patch_update
