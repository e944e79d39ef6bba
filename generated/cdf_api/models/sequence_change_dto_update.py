from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.object_patch_add_remove import ObjectPatchAddRemove
    from ..models.object_patch_set import ObjectPatchSet
    from ..models.remove_field import RemoveField
    from ..models.sequence_column_change_dto import SequenceColumnChangeDTO
    from ..models.set_long_field import SetLongField
    from ..models.set_string_field import SetStringField


T = TypeVar("T", bound="SequenceChangeDTOUpdate")


@_attrs_define
class SequenceChangeDTOUpdate(AdditionalProperties):
    """A description of changes that should be done to the sequence.

    Attributes:
        name (RemoveField | SetStringField | Unset): Set a new value for the string, or remove the value.
        description (RemoveField | SetStringField | Unset): Set a new value for the string, or remove the value.
        asset_id (RemoveField | SetLongField | Unset): Set a new value for the long, or remove the value.
        external_id (RemoveField | SetStringField | Unset): Set a new value for the string, or remove the value.
        metadata (ObjectPatchAddRemove | ObjectPatchSet | Unset): Custom, application specific metadata. String key ->
            String value.
        data_set_id (RemoveField | SetLongField | Unset): Set a new value for the long, or remove the value.
        columns (SequenceColumnChangeDTO | Unset): Add, remove, or modify sequence columns. After the update, the number
            of numeric columns and
            deleted columns should be ≤ 400; the number of string columns and deleted columns should
            be ≤ 200; and the number of numeric columns, string columns, and deleted columns should
            be ≤ 400.
    """

    _FIT = {
        "name": ("u", (("m", "SetStringField"), ("m", "RemoveField"))),
        "description": ("u", (("m", "SetStringField"), ("m", "RemoveField"))),
        "assetId": ("u", (("m", "SetLongField"), ("m", "RemoveField"))),
        "externalId": ("u", (("m", "SetStringField"), ("m", "RemoveField"))),
        "metadata": ("u", (("m", "ObjectPatchSet"), ("m", "ObjectPatchAddRemove"))),
        "dataSetId": ("u", (("m", "SetLongField"), ("m", "RemoveField"))),
        "columns": ("m", "SequenceColumnChangeDTO"),
    }
    _REQUIRED = ()

    name: RemoveField | SetStringField | Unset = UNSET
    description: RemoveField | SetStringField | Unset = UNSET
    asset_id: RemoveField | SetLongField | Unset = UNSET
    external_id: RemoveField | SetStringField | Unset = UNSET
    metadata: ObjectPatchAddRemove | ObjectPatchSet | Unset = UNSET
    data_set_id: RemoveField | SetLongField | Unset = UNSET
    columns: SequenceColumnChangeDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: dict[str, Any] | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name.to_dict()

        description: dict[str, Any] | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description.to_dict()

        asset_id: dict[str, Any] | Unset
        if isinstance(self.asset_id, Unset):
            asset_id = UNSET
        else:
            asset_id = self.asset_id.to_dict()

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

        data_set_id: dict[str, Any] | Unset
        if isinstance(self.data_set_id, Unset):
            data_set_id = UNSET
        else:
            data_set_id = self.data_set_id.to_dict()

        columns: dict[str, Any] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = self.columns.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if columns is not UNSET:
            field_dict["columns"] = columns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_patch_add_remove import ObjectPatchAddRemove  # noqa: PLC0415
        from ..models.object_patch_set import ObjectPatchSet  # noqa: PLC0415
        from ..models.remove_field import RemoveField  # noqa: PLC0415
        from ..models.sequence_column_change_dto import SequenceColumnChangeDTO  # noqa: PLC0415
        from ..models.set_long_field import SetLongField  # noqa: PLC0415
        from ..models.set_string_field import SetStringField  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_name(data: object) -> RemoveField | SetStringField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetStringField, RemoveField))

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> RemoveField | SetStringField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetStringField, RemoveField))

        description = _parse_description(d.pop("description", UNSET))

        def _parse_asset_id(data: object) -> RemoveField | SetLongField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetLongField, RemoveField))

        asset_id = _parse_asset_id(d.pop("assetId", UNSET))

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

        def _parse_data_set_id(data: object) -> RemoveField | SetLongField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetLongField, RemoveField))

        data_set_id = _parse_data_set_id(d.pop("dataSetId", UNSET))

        _columns = d.pop("columns", UNSET)
        columns: SequenceColumnChangeDTO | Unset
        if isinstance(_columns, Unset):
            columns = UNSET
        else:
            columns = SequenceColumnChangeDTO.from_dict(_columns)

        sequence_change_dto_update = cls(
            name=name,
            description=description,
            asset_id=asset_id,
            external_id=external_id,
            metadata=metadata,
            data_set_id=data_set_id,
            columns=columns,
        )

        sequence_change_dto_update.additional_properties = d
        return sequence_change_dto_update
