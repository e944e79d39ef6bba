from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.labels_add_remove import LabelsAddRemove
    from ..models.labels_set import LabelsSet
    from ..models.object_patch_add_remove_asset import ObjectPatchAddRemoveAsset
    from ..models.object_patch_set_asset import ObjectPatchSetAsset
    from ..models.remove_field import RemoveField
    from ..models.set_asset_source import SetAssetSource
    from ..models.set_description import SetDescription
    from ..models.set_external_id import SetExternalId
    from ..models.set_geo_location import SetGeoLocation
    from ..models.set_long_field import SetLongField
    from ..models.single_patch_required_internal_id import SinglePatchRequiredInternalId
    from ..models.single_patch_required_name import SinglePatchRequiredName
    from ..models.single_patch_required_parent_external_id import SinglePatchRequiredParentExternalId


T = TypeVar("T", bound="AssetPatchUpdate")


@_attrs_define
class AssetPatchUpdate(AdditionalProperties):
    """
    Attributes:
        external_id (RemoveField | SetExternalId | Unset): Set a new value for the externalId, or remove the value. Must
            be unique for the resource type.
        name (SinglePatchRequiredName | Unset): Set a new value for the asset name.
        description (RemoveField | SetDescription | Unset):
        data_set_id (RemoveField | SetLongField | Unset): Set a new value for the long, or remove the value.
        metadata (ObjectPatchAddRemoveAsset | ObjectPatchSetAsset | Unset): Custom, application specific metadata.
            String key -> String value. Limits of updated asset: Maximum length of key is 128 bytes, value 10240 bytes, up
            to 256 key-value pairs, of total size at most 10240.
        source (RemoveField | SetAssetSource | Unset): Set a new value for the source, or remove the value.
        parent_id (SinglePatchRequiredInternalId | Unset): Change the ID of the object.
        parent_external_id (SinglePatchRequiredParentExternalId | Unset): Change the external ID of the object.
        labels (LabelsAddRemove | LabelsSet | Unset): Updates the resource's assigned labels.

            Labels can be added, removed or replaced (set). Adding an already attached label is an idempotent operation.
            Removing a label with no matching externalId is silently ignored.
        geo_location (RemoveField | SetGeoLocation | Unset): Set a new value for the geoLocation, or remove the value.
    """

    _FIT = {
        "externalId": ("u", (("m", "SetExternalId"), ("m", "RemoveField"))),
        "name": ("m", "SinglePatchRequiredName"),
        "description": ("u", (("m", "SetDescription"), ("m", "RemoveField"))),
        "dataSetId": ("u", (("m", "SetLongField"), ("m", "RemoveField"))),
        "metadata": ("u", (("m", "ObjectPatchSetAsset"), ("m", "ObjectPatchAddRemoveAsset"))),
        "source": ("u", (("m", "SetAssetSource"), ("m", "RemoveField"))),
        "parentId": ("m", "SinglePatchRequiredInternalId"),
        "parentExternalId": ("m", "SinglePatchRequiredParentExternalId"),
        "labels": ("u", (("m", "LabelsAddRemove"), ("m", "LabelsSet"))),
        "geoLocation": ("u", (("m", "SetGeoLocation"), ("m", "RemoveField"))),
    }
    _REQUIRED = ()

    external_id: RemoveField | SetExternalId | Unset = UNSET
    name: SinglePatchRequiredName | Unset = UNSET
    description: RemoveField | SetDescription | Unset = UNSET
    data_set_id: RemoveField | SetLongField | Unset = UNSET
    metadata: ObjectPatchAddRemoveAsset | ObjectPatchSetAsset | Unset = UNSET
    source: RemoveField | SetAssetSource | Unset = UNSET
    parent_id: SinglePatchRequiredInternalId | Unset = UNSET
    parent_external_id: SinglePatchRequiredParentExternalId | Unset = UNSET
    labels: LabelsAddRemove | LabelsSet | Unset = UNSET
    geo_location: RemoveField | SetGeoLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id: dict[str, Any] | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id.to_dict()

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        description: dict[str, Any] | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description.to_dict()

        data_set_id: dict[str, Any] | Unset
        if isinstance(self.data_set_id, Unset):
            data_set_id = UNSET
        else:
            data_set_id = self.data_set_id.to_dict()

        metadata: dict[str, Any] | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata.to_dict()

        source: dict[str, Any] | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source.to_dict()

        parent_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent_id, Unset):
            parent_id = self.parent_id.to_dict()

        parent_external_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent_external_id, Unset):
            parent_external_id = self.parent_external_id.to_dict()

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
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if source is not UNSET:
            field_dict["source"] = source
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if parent_external_id is not UNSET:
            field_dict["parentExternalId"] = parent_external_id
        if labels is not UNSET:
            field_dict["labels"] = labels
        if geo_location is not UNSET:
            field_dict["geoLocation"] = geo_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.labels_add_remove import LabelsAddRemove  # noqa: PLC0415
        from ..models.labels_set import LabelsSet  # noqa: PLC0415
        from ..models.object_patch_add_remove_asset import ObjectPatchAddRemoveAsset  # noqa: PLC0415
        from ..models.object_patch_set_asset import ObjectPatchSetAsset  # noqa: PLC0415
        from ..models.remove_field import RemoveField  # noqa: PLC0415
        from ..models.set_asset_source import SetAssetSource  # noqa: PLC0415
        from ..models.set_description import SetDescription  # noqa: PLC0415
        from ..models.set_external_id import SetExternalId  # noqa: PLC0415
        from ..models.set_geo_location import SetGeoLocation  # noqa: PLC0415
        from ..models.set_long_field import SetLongField  # noqa: PLC0415
        from ..models.single_patch_required_internal_id import SinglePatchRequiredInternalId  # noqa: PLC0415
        from ..models.single_patch_required_name import SinglePatchRequiredName  # noqa: PLC0415
        from ..models.single_patch_required_parent_external_id import SinglePatchRequiredParentExternalId  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_external_id(data: object) -> RemoveField | SetExternalId | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetExternalId, RemoveField))

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        _name = d.pop("name", UNSET)
        name: SinglePatchRequiredName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = SinglePatchRequiredName.from_dict(_name)

        def _parse_description(data: object) -> RemoveField | SetDescription | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetDescription, RemoveField))

        description = _parse_description(d.pop("description", UNSET))

        def _parse_data_set_id(data: object) -> RemoveField | SetLongField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetLongField, RemoveField))

        data_set_id = _parse_data_set_id(d.pop("dataSetId", UNSET))

        def _parse_metadata(data: object) -> ObjectPatchAddRemoveAsset | ObjectPatchSetAsset | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ObjectPatchSetAsset, ObjectPatchAddRemoveAsset))

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_source(data: object) -> RemoveField | SetAssetSource | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetAssetSource, RemoveField))

        source = _parse_source(d.pop("source", UNSET))

        _parent_id = d.pop("parentId", UNSET)
        parent_id: SinglePatchRequiredInternalId | Unset
        if isinstance(_parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = SinglePatchRequiredInternalId.from_dict(_parent_id)

        _parent_external_id = d.pop("parentExternalId", UNSET)
        parent_external_id: SinglePatchRequiredParentExternalId | Unset
        if isinstance(_parent_external_id, Unset):
            parent_external_id = UNSET
        else:
            parent_external_id = SinglePatchRequiredParentExternalId.from_dict(_parent_external_id)

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

        asset_patch_update = cls(
            external_id=external_id,
            name=name,
            description=description,
            data_set_id=data_set_id,
            metadata=metadata,
            source=source,
            parent_id=parent_id,
            parent_external_id=parent_external_id,
            labels=labels,
            geo_location=geo_location,
        )

        asset_patch_update.additional_properties = d
        return asset_patch_update
