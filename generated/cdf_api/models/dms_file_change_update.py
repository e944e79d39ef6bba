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


T = TypeVar("T", bound="DMSFileChangeUpdate")


@_attrs_define
class DMSFileChangeUpdate(AdditionalProperties):
    """
    Attributes:
        external_id (RemoveField | SetStringField | Unset): Set a new value for the string, or remove the value.
        metadata (ObjectPatchAddRemove | ObjectPatchSet | Unset): Custom, application specific metadata. String key ->
            String value.
        asset_ids (ArrayPatchLongAddOrRemove | ArrayPatchLongSet | Unset): Change that will be applied to the array.
        data_set_id (RemoveField | SetLongField | Unset): Set a new value for the long, or remove the value.
        labels (LabelsAddRemove | LabelsSet | Unset): Updates the resource's assigned labels.

            Labels can be added, removed or replaced (set). Adding an already attached label is an idempotent operation.
            Removing a label with no matching externalId is silently ignored.
        geo_location (RemoveField | SetGeoLocation | Unset): Set a new value for the geoLocation, or remove the value.
    """

    _FIT = {
        "externalId": ("u", (("m", "SetStringField"), ("m", "RemoveField"))),
        "metadata": ("u", (("m", "ObjectPatchSet"), ("m", "ObjectPatchAddRemove"))),
        "assetIds": ("u", (("m", "ArrayPatchLongSet"), ("m", "ArrayPatchLongAddOrRemove"))),
        "dataSetId": ("u", (("m", "SetLongField"), ("m", "RemoveField"))),
        "labels": ("u", (("m", "LabelsAddRemove"), ("m", "LabelsSet"))),
        "geoLocation": ("u", (("m", "SetGeoLocation"), ("m", "RemoveField"))),
    }
    _REQUIRED = ()

    external_id: RemoveField | SetStringField | Unset = UNSET
    metadata: ObjectPatchAddRemove | ObjectPatchSet | Unset = UNSET
    asset_ids: ArrayPatchLongAddOrRemove | ArrayPatchLongSet | Unset = UNSET
    data_set_id: RemoveField | SetLongField | Unset = UNSET
    labels: LabelsAddRemove | LabelsSet | Unset = UNSET
    geo_location: RemoveField | SetGeoLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id: dict[str, Any] | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id.to_dict()

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

        data_set_id: dict[str, Any] | Unset
        if isinstance(self.data_set_id, Unset):
            data_set_id = UNSET
        else:
            data_set_id = self.data_set_id.to_dict()

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
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if asset_ids is not UNSET:
            field_dict["assetIds"] = asset_ids
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
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

        def _parse_data_set_id(data: object) -> RemoveField | SetLongField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetLongField, RemoveField))

        data_set_id = _parse_data_set_id(d.pop("dataSetId", UNSET))

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

        dms_file_change_update = cls(
            external_id=external_id,
            metadata=metadata,
            asset_ids=asset_ids,
            data_set_id=data_set_id,
            labels=labels,
            geo_location=geo_location,
        )

        dms_file_change_update.additional_properties = d
        return dms_file_change_update
