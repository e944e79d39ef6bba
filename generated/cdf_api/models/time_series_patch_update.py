from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.array_patch_long_add_or_remove import ArrayPatchLongAddOrRemove
    from ..models.array_patch_long_set import ArrayPatchLongSet
    from ..models.nullable_single_patch_long_remove import NullableSinglePatchLongRemove
    from ..models.nullable_single_patch_long_set import NullableSinglePatchLongSet
    from ..models.nullable_single_patch_string_remove import NullableSinglePatchStringRemove
    from ..models.nullable_single_patch_string_set import NullableSinglePatchStringSet
    from ..models.object_patch_add_remove import ObjectPatchAddRemove
    from ..models.object_patch_set import ObjectPatchSet
    from ..models.single_patch_boolean import SinglePatchBoolean


T = TypeVar("T", bound="TimeSeriesPatchUpdate")


@_attrs_define
class TimeSeriesPatchUpdate(AdditionalProperties):
    """
    Attributes:
        external_id (NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset): The change that will be
            applied to the key.
        name (NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset): The change that will be applied
            to the key.
        metadata (ObjectPatchAddRemove | ObjectPatchSet | Unset): Custom, application specific metadata. String key ->
            String value.
        unit (NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset): The change that will be applied
            to the key.
        unit_external_id (NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset): The change that will
            be applied to the key.
        asset_id (NullableSinglePatchLongRemove | NullableSinglePatchLongSet | Unset): The change that will be applied
            to the key.
        is_step (SinglePatchBoolean | Unset):
        description (NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset): The change that will be
            applied to the key.
        security_categories (ArrayPatchLongAddOrRemove | ArrayPatchLongSet | Unset): Change that will be applied to the
            array.
        data_set_id (NullableSinglePatchLongRemove | NullableSinglePatchLongSet | Unset): The change that will be
            applied to the key.
    """

    _FIT = {
        "externalId": ("u", (("m", "NullableSinglePatchStringSet"), ("m", "NullableSinglePatchStringRemove"))),
        "name": ("u", (("m", "NullableSinglePatchStringSet"), ("m", "NullableSinglePatchStringRemove"))),
        "metadata": ("u", (("m", "ObjectPatchSet"), ("m", "ObjectPatchAddRemove"))),
        "unit": ("u", (("m", "NullableSinglePatchStringSet"), ("m", "NullableSinglePatchStringRemove"))),
        "unitExternalId": ("u", (("m", "NullableSinglePatchStringSet"), ("m", "NullableSinglePatchStringRemove"))),
        "assetId": ("u", (("m", "NullableSinglePatchLongSet"), ("m", "NullableSinglePatchLongRemove"))),
        "isStep": ("m", "SinglePatchBoolean"),
        "description": ("u", (("m", "NullableSinglePatchStringSet"), ("m", "NullableSinglePatchStringRemove"))),
        "securityCategories": ("u", (("m", "ArrayPatchLongSet"), ("m", "ArrayPatchLongAddOrRemove"))),
        "dataSetId": ("u", (("m", "NullableSinglePatchLongSet"), ("m", "NullableSinglePatchLongRemove"))),
    }
    _REQUIRED = ()

    external_id: NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset = UNSET
    name: NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset = UNSET
    metadata: ObjectPatchAddRemove | ObjectPatchSet | Unset = UNSET
    unit: NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset = UNSET
    unit_external_id: NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset = UNSET
    asset_id: NullableSinglePatchLongRemove | NullableSinglePatchLongSet | Unset = UNSET
    is_step: SinglePatchBoolean | Unset = UNSET
    description: NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset = UNSET
    security_categories: ArrayPatchLongAddOrRemove | ArrayPatchLongSet | Unset = UNSET
    data_set_id: NullableSinglePatchLongRemove | NullableSinglePatchLongSet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id: dict[str, Any] | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id.to_dict()

        name: dict[str, Any] | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name.to_dict()

        metadata: dict[str, Any] | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata.to_dict()

        unit: dict[str, Any] | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit.to_dict()

        unit_external_id: dict[str, Any] | Unset
        if isinstance(self.unit_external_id, Unset):
            unit_external_id = UNSET
        else:
            unit_external_id = self.unit_external_id.to_dict()

        asset_id: dict[str, Any] | Unset
        if isinstance(self.asset_id, Unset):
            asset_id = UNSET
        else:
            asset_id = self.asset_id.to_dict()

        is_step: dict[str, Any] | Unset = UNSET
        if not isinstance(self.is_step, Unset):
            is_step = self.is_step.to_dict()

        description: dict[str, Any] | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description.to_dict()

        security_categories: dict[str, Any] | Unset
        if isinstance(self.security_categories, Unset):
            security_categories = UNSET
        else:
            security_categories = self.security_categories.to_dict()

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
        if name is not UNSET:
            field_dict["name"] = name
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if unit is not UNSET:
            field_dict["unit"] = unit
        if unit_external_id is not UNSET:
            field_dict["unitExternalId"] = unit_external_id
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if is_step is not UNSET:
            field_dict["isStep"] = is_step
        if description is not UNSET:
            field_dict["description"] = description
        if security_categories is not UNSET:
            field_dict["securityCategories"] = security_categories
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.array_patch_long_add_or_remove import ArrayPatchLongAddOrRemove  # noqa: PLC0415
        from ..models.array_patch_long_set import ArrayPatchLongSet  # noqa: PLC0415
        from ..models.nullable_single_patch_long_remove import NullableSinglePatchLongRemove  # noqa: PLC0415
        from ..models.nullable_single_patch_long_set import NullableSinglePatchLongSet  # noqa: PLC0415
        from ..models.nullable_single_patch_string_remove import NullableSinglePatchStringRemove  # noqa: PLC0415
        from ..models.nullable_single_patch_string_set import NullableSinglePatchStringSet  # noqa: PLC0415
        from ..models.object_patch_add_remove import ObjectPatchAddRemove  # noqa: PLC0415
        from ..models.object_patch_set import ObjectPatchSet  # noqa: PLC0415
        from ..models.single_patch_boolean import SinglePatchBoolean  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_external_id(data: object) -> NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (NullableSinglePatchStringSet, NullableSinglePatchStringRemove))

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_name(data: object) -> NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (NullableSinglePatchStringSet, NullableSinglePatchStringRemove))

        name = _parse_name(d.pop("name", UNSET))

        def _parse_metadata(data: object) -> ObjectPatchAddRemove | ObjectPatchSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ObjectPatchSet, ObjectPatchAddRemove))

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_unit(data: object) -> NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (NullableSinglePatchStringSet, NullableSinglePatchStringRemove))

        unit = _parse_unit(d.pop("unit", UNSET))

        def _parse_unit_external_id(
            data: object,
        ) -> NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (NullableSinglePatchStringSet, NullableSinglePatchStringRemove))

        unit_external_id = _parse_unit_external_id(d.pop("unitExternalId", UNSET))

        def _parse_asset_id(data: object) -> NullableSinglePatchLongRemove | NullableSinglePatchLongSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (NullableSinglePatchLongSet, NullableSinglePatchLongRemove))

        asset_id = _parse_asset_id(d.pop("assetId", UNSET))

        _is_step = d.pop("isStep", UNSET)
        is_step: SinglePatchBoolean | Unset
        if isinstance(_is_step, Unset):
            is_step = UNSET
        else:
            is_step = SinglePatchBoolean.from_dict(_is_step)

        def _parse_description(data: object) -> NullableSinglePatchStringRemove | NullableSinglePatchStringSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (NullableSinglePatchStringSet, NullableSinglePatchStringRemove))

        description = _parse_description(d.pop("description", UNSET))

        def _parse_security_categories(data: object) -> ArrayPatchLongAddOrRemove | ArrayPatchLongSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ArrayPatchLongSet, ArrayPatchLongAddOrRemove))

        security_categories = _parse_security_categories(d.pop("securityCategories", UNSET))

        def _parse_data_set_id(data: object) -> NullableSinglePatchLongRemove | NullableSinglePatchLongSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (NullableSinglePatchLongSet, NullableSinglePatchLongRemove))

        data_set_id = _parse_data_set_id(d.pop("dataSetId", UNSET))

        time_series_patch_update = cls(
            external_id=external_id,
            name=name,
            metadata=metadata,
            unit=unit,
            unit_external_id=unit_external_id,
            asset_id=asset_id,
            is_step=is_step,
            description=description,
            security_categories=security_categories,
            data_set_id=data_set_id,
        )

        time_series_patch_update.additional_properties = d
        return time_series_patch_update
