from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.array_patch_long_add_or_remove import ArrayPatchLongAddOrRemove
    from ..models.array_patch_long_set import ArrayPatchLongSet
    from ..models.labels_add_remove import LabelsAddRemove
    from ..models.labels_set import LabelsSet
    from ..models.object_patch_add_remove import ObjectPatchAddRemove
    from ..models.object_patch_set import ObjectPatchSet
    from ..models.remove_field import RemoveField
    from ..models.set_geo_location import SetGeoLocation
    from ..models.set_long_field import SetLongField
    from ..models.set_string_field import SetStringField


T = TypeVar("T", bound="FileChangeUpdate")


@_attrs_define
class FileChangeUpdate(AdditionalProperties):
    """
    Attributes:
        external_id (RemoveField | SetStringField | Unset): Set a new value for the string, or remove the value.
        directory (RemoveField | SetStringField | Unset): Set a new value for the string, or remove the value.
        source (RemoveField | SetStringField | Unset): Set a new value for the string, or remove the value.
        mime_type (RemoveField | SetStringField | Unset): Set a new value for the string, or remove the value.
        metadata (ObjectPatchAddRemove | ObjectPatchSet | Unset): Custom, application specific metadata. String key ->
            String value.
        asset_ids (ArrayPatchLongAddOrRemove | ArrayPatchLongSet | Unset): Change that will be applied to the array.
        source_created_time (RemoveField | SetLongField | Unset): Set a new value for the long, or remove the value.
        source_modified_time (RemoveField | SetLongField | Unset): Set a new value for the long, or remove the value.
        data_set_id (RemoveField | SetLongField | Unset): Set a new value for the long, or remove the value.
        security_categories (ArrayPatchLongAddOrRemove | ArrayPatchLongSet | Unset): Change that will be applied to the
            array.
        labels (LabelsAddRemove | LabelsSet | Unset): Updates the resource's assigned labels.

            Labels can be added, removed or replaced (set). Adding an already attached label is an idempotent operation.
            Removing a label with no matching externalId is silently ignored.
        geo_location (RemoveField | SetGeoLocation | Unset): Set a new value for the geoLocation, or remove the value.
    """

    _FIT = {
        "externalId": ("u", (("m", "SetStringField"), ("m", "RemoveField"))),
        "directory": ("u", (("m", "SetStringField"), ("m", "RemoveField"))),
        "source": ("u", (("m", "SetStringField"), ("m", "RemoveField"))),
        "mimeType": ("u", (("m", "SetStringField"), ("m", "RemoveField"))),
        "metadata": ("u", (("m", "ObjectPatchSet"), ("m", "ObjectPatchAddRemove"))),
        "assetIds": ("u", (("m", "ArrayPatchLongSet"), ("m", "ArrayPatchLongAddOrRemove"))),
        "sourceCreatedTime": ("u", (("m", "SetLongField"), ("m", "RemoveField"))),
        "sourceModifiedTime": ("u", (("m", "SetLongField"), ("m", "RemoveField"))),
        "dataSetId": ("u", (("m", "SetLongField"), ("m", "RemoveField"))),
        "securityCategories": ("u", (("m", "ArrayPatchLongSet"), ("m", "ArrayPatchLongAddOrRemove"))),
        "labels": ("u", (("m", "LabelsAddRemove"), ("m", "LabelsSet"))),
        "geoLocation": ("u", (("m", "SetGeoLocation"), ("m", "RemoveField"))),
    }
    _REQUIRED = ()

    external_id: RemoveField | SetStringField | Unset = UNSET
    directory: RemoveField | SetStringField | Unset = UNSET
    source: RemoveField | SetStringField | Unset = UNSET
    mime_type: RemoveField | SetStringField | Unset = UNSET
    metadata: ObjectPatchAddRemove | ObjectPatchSet | Unset = UNSET
    asset_ids: ArrayPatchLongAddOrRemove | ArrayPatchLongSet | Unset = UNSET
    source_created_time: RemoveField | SetLongField | Unset = UNSET
    source_modified_time: RemoveField | SetLongField | Unset = UNSET
    data_set_id: RemoveField | SetLongField | Unset = UNSET
    security_categories: ArrayPatchLongAddOrRemove | ArrayPatchLongSet | Unset = UNSET
    labels: LabelsAddRemove | LabelsSet | Unset = UNSET
    geo_location: RemoveField | SetGeoLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id: dict[str, Any] | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id.to_dict()

        directory: dict[str, Any] | Unset
        if isinstance(self.directory, Unset):
            directory = UNSET
        else:
            directory = self.directory.to_dict()

        source: dict[str, Any] | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source.to_dict()

        mime_type: dict[str, Any] | Unset
        if isinstance(self.mime_type, Unset):
            mime_type = UNSET
        else:
            mime_type = self.mime_type.to_dict()

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

        source_created_time: dict[str, Any] | Unset
        if isinstance(self.source_created_time, Unset):
            source_created_time = UNSET
        else:
            source_created_time = self.source_created_time.to_dict()

        source_modified_time: dict[str, Any] | Unset
        if isinstance(self.source_modified_time, Unset):
            source_modified_time = UNSET
        else:
            source_modified_time = self.source_modified_time.to_dict()

        data_set_id: dict[str, Any] | Unset
        if isinstance(self.data_set_id, Unset):
            data_set_id = UNSET
        else:
            data_set_id = self.data_set_id.to_dict()

        security_categories: dict[str, Any] | Unset
        if isinstance(self.security_categories, Unset):
            security_categories = UNSET
        else:
            security_categories = self.security_categories.to_dict()

        labels: dict[str, Any] | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        else:
            labels = self.labels.to_dict()

        geo_location: dict[str, Any] | Unset
        if isinstance(self.geo_location, Unset):
            geo_location = UNSET
        else:
            geo_location = self.geo_location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if directory is not UNSET:
            field_dict["directory"] = directory
        if source is not UNSET:
            field_dict["source"] = source
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if asset_ids is not UNSET:
            field_dict["assetIds"] = asset_ids
        if source_created_time is not UNSET:
            field_dict["sourceCreatedTime"] = source_created_time
        if source_modified_time is not UNSET:
            field_dict["sourceModifiedTime"] = source_modified_time
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if security_categories is not UNSET:
            field_dict["securityCategories"] = security_categories
        if labels is not UNSET:
            field_dict["labels"] = labels
        if geo_location is not UNSET:
            field_dict["geoLocation"] = geo_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.array_patch_long_add_or_remove import ArrayPatchLongAddOrRemove  # noqa: PLC0415
        from ..models.array_patch_long_set import ArrayPatchLongSet  # noqa: PLC0415
        from ..models.labels_add_remove import LabelsAddRemove  # noqa: PLC0415
        from ..models.labels_set import LabelsSet  # noqa: PLC0415
        from ..models.object_patch_add_remove import ObjectPatchAddRemove  # noqa: PLC0415
        from ..models.object_patch_set import ObjectPatchSet  # noqa: PLC0415
        from ..models.remove_field import RemoveField  # noqa: PLC0415
        from ..models.set_geo_location import SetGeoLocation  # noqa: PLC0415
        from ..models.set_long_field import SetLongField  # noqa: PLC0415
        from ..models.set_string_field import SetStringField  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_external_id(data: object) -> RemoveField | SetStringField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetStringField, RemoveField))

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_directory(data: object) -> RemoveField | SetStringField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetStringField, RemoveField))

        directory = _parse_directory(d.pop("directory", UNSET))

        def _parse_source(data: object) -> RemoveField | SetStringField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetStringField, RemoveField))

        source = _parse_source(d.pop("source", UNSET))

        def _parse_mime_type(data: object) -> RemoveField | SetStringField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetStringField, RemoveField))

        mime_type = _parse_mime_type(d.pop("mimeType", UNSET))

        def _parse_metadata(data: object) -> ObjectPatchAddRemove | ObjectPatchSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ObjectPatchSet, ObjectPatchAddRemove))

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_asset_ids(data: object) -> ArrayPatchLongAddOrRemove | ArrayPatchLongSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ArrayPatchLongSet, ArrayPatchLongAddOrRemove))

        asset_ids = _parse_asset_ids(d.pop("assetIds", UNSET))

        def _parse_source_created_time(data: object) -> RemoveField | SetLongField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetLongField, RemoveField))

        source_created_time = _parse_source_created_time(d.pop("sourceCreatedTime", UNSET))

        def _parse_source_modified_time(data: object) -> RemoveField | SetLongField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetLongField, RemoveField))

        source_modified_time = _parse_source_modified_time(d.pop("sourceModifiedTime", UNSET))

        def _parse_data_set_id(data: object) -> RemoveField | SetLongField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetLongField, RemoveField))

        data_set_id = _parse_data_set_id(d.pop("dataSetId", UNSET))

        def _parse_security_categories(data: object) -> ArrayPatchLongAddOrRemove | ArrayPatchLongSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ArrayPatchLongSet, ArrayPatchLongAddOrRemove))

        security_categories = _parse_security_categories(d.pop("securityCategories", UNSET))

        def _parse_labels(data: object) -> LabelsAddRemove | LabelsSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (LabelsAddRemove, LabelsSet))

        labels = _parse_labels(d.pop("labels", UNSET))

        def _parse_geo_location(data: object) -> RemoveField | SetGeoLocation | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetGeoLocation, RemoveField))

        geo_location = _parse_geo_location(d.pop("geoLocation", UNSET))

        file_change_update = cls(
            external_id=external_id,
            directory=directory,
            source=source,
            mime_type=mime_type,
            metadata=metadata,
            asset_ids=asset_ids,
            source_created_time=source_created_time,
            source_modified_time=source_modified_time,
            data_set_id=data_set_id,
            security_categories=security_categories,
            labels=labels,
            geo_location=geo_location,
        )

        file_change_update.additional_properties = d
        return file_change_update
