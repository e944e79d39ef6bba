from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.nullable_single_patch_long_remove import NullableSinglePatchLongRemove
    from ..models.nullable_single_patch_long_set import NullableSinglePatchLongSet
    from ..models.nullable_single_patch_string_remove import NullableSinglePatchStringRemove
    from ..models.nullable_single_patch_string_set import NullableSinglePatchStringSet
    from ..models.object_patch_add_remove import ObjectPatchAddRemove
    from ..models.object_patch_set import ObjectPatchSet


T = TypeVar("T", bound="TimeSeriesPatchDMUpdate")


@_attrs_define
class TimeSeriesPatchDMUpdate(AdditionalProperties):
    """
    Attributes:
        external_id (NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset): The change that will be
            applied to the key.
        metadata (ObjectPatchAddRemove | ObjectPatchSet | Unset): Custom, application specific metadata. String key ->
            String value.
        asset_id (NullableSinglePatchLongRemove | NullableSinglePatchLongSet | Unset): The change that will be applied
            to the key.
        data_set_id (NullableSinglePatchLongRemove | NullableSinglePatchLongSet | Unset): The change that will be
            applied to the key.
    """

    _FIT = {
        "externalId": ("u", (("m", "NullableSinglePatchStringSet"), ("m", "NullableSinglePatchStringRemove"))),
        "metadata": ("u", (("m", "ObjectPatchSet"), ("m", "ObjectPatchAddRemove"))),
        "assetId": ("u", (("m", "NullableSinglePatchLongSet"), ("m", "NullableSinglePatchLongRemove"))),
        "dataSetId": ("u", (("m", "NullableSinglePatchLongSet"), ("m", "NullableSinglePatchLongRemove"))),
    }
    _REQUIRED = ()

    external_id: NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset = UNSET
    metadata: ObjectPatchAddRemove | ObjectPatchSet | Unset = UNSET
    asset_id: NullableSinglePatchLongRemove | NullableSinglePatchLongSet | Unset = UNSET
    data_set_id: NullableSinglePatchLongRemove | NullableSinglePatchLongSet | Unset = UNSET
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

        asset_id: dict[str, Any] | Unset
        if isinstance(self.asset_id, Unset):
            asset_id = UNSET
        else:
            asset_id = self.asset_id.to_dict()

        data_set_id: dict[str, Any] | Unset
        if isinstance(self.data_set_id, Unset):
            data_set_id = UNSET
        else:
            data_set_id = self.data_set_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.nullable_single_patch_long_remove import NullableSinglePatchLongRemove  # noqa: PLC0415
        from ..models.nullable_single_patch_long_set import NullableSinglePatchLongSet  # noqa: PLC0415
        from ..models.nullable_single_patch_string_remove import NullableSinglePatchStringRemove  # noqa: PLC0415
        from ..models.nullable_single_patch_string_set import NullableSinglePatchStringSet  # noqa: PLC0415
        from ..models.object_patch_add_remove import ObjectPatchAddRemove  # noqa: PLC0415
        from ..models.object_patch_set import ObjectPatchSet  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_external_id(data: object) -> NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (NullableSinglePatchStringSet, NullableSinglePatchStringRemove))

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_metadata(data: object) -> ObjectPatchAddRemove | ObjectPatchSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ObjectPatchSet, ObjectPatchAddRemove))

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_asset_id(data: object) -> NullableSinglePatchLongRemove | NullableSinglePatchLongSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (NullableSinglePatchLongSet, NullableSinglePatchLongRemove))

        asset_id = _parse_asset_id(d.pop("assetId", UNSET))

        def _parse_data_set_id(data: object) -> NullableSinglePatchLongRemove | NullableSinglePatchLongSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (NullableSinglePatchLongSet, NullableSinglePatchLongRemove))

        data_set_id = _parse_data_set_id(d.pop("dataSetId", UNSET))

        time_series_patch_dm_update = cls(
            external_id=external_id,
            metadata=metadata,
            asset_id=asset_id,
            data_set_id=data_set_id,
        )

        time_series_patch_dm_update.additional_properties = d
        return time_series_patch_dm_update
