from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.object_patch_add_remove_data_set import ObjectPatchAddRemoveDataSet
    from ..models.object_patch_set_data_set import ObjectPatchSetDataSet
    from ..models.remove_field import RemoveField
    from ..models.set_data_set_description import SetDataSetDescription
    from ..models.set_data_set_name import SetDataSetName
    from ..models.set_string_field import SetStringField
    from ..models.single_patch_boolean import SinglePatchBoolean


T = TypeVar("T", bound="DataSetPatchUpdate")


@_attrs_define
class DataSetPatchUpdate(AdditionalProperties):
    """
    Attributes:
        external_id (RemoveField | SetStringField | Unset): Set a new value for the string, or remove the value.
        name (RemoveField | SetDataSetName | Unset):
        description (RemoveField | SetDataSetDescription | Unset):
        metadata (ObjectPatchAddRemoveDataSet | ObjectPatchSetDataSet | Unset): Custom, application specific metadata.
            String key -> String value. Limits of updated asset: Maximum length of key is 128 bytes, value 10240 bytes, up
            to 256 key-value pairs, of total size at most 10240.
        write_protected (SinglePatchBoolean | Unset):
    """

    _FIT = {
        "externalId": ("u", (("m", "SetStringField"), ("m", "RemoveField"))),
        "name": ("u", (("m", "SetDataSetName"), ("m", "RemoveField"))),
        "description": ("u", (("m", "SetDataSetDescription"), ("m", "RemoveField"))),
        "metadata": ("u", (("m", "ObjectPatchSetDataSet"), ("m", "ObjectPatchAddRemoveDataSet"))),
        "writeProtected": ("m", "SinglePatchBoolean"),
    }
    _REQUIRED = ()

    external_id: RemoveField | SetStringField | Unset = UNSET
    name: RemoveField | SetDataSetName | Unset = UNSET
    description: RemoveField | SetDataSetDescription | Unset = UNSET
    metadata: ObjectPatchAddRemoveDataSet | ObjectPatchSetDataSet | Unset = UNSET
    write_protected: SinglePatchBoolean | Unset = UNSET
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

        write_protected: dict[str, Any] | Unset = UNSET
        if not isinstance(self.write_protected, Unset):
            write_protected = self.write_protected.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if write_protected is not UNSET:
            field_dict["writeProtected"] = write_protected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_patch_add_remove_data_set import ObjectPatchAddRemoveDataSet  # noqa: PLC0415
        from ..models.object_patch_set_data_set import ObjectPatchSetDataSet  # noqa: PLC0415
        from ..models.remove_field import RemoveField  # noqa: PLC0415
        from ..models.set_data_set_description import SetDataSetDescription  # noqa: PLC0415
        from ..models.set_data_set_name import SetDataSetName  # noqa: PLC0415
        from ..models.set_string_field import SetStringField  # noqa: PLC0415
        from ..models.single_patch_boolean import SinglePatchBoolean  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_external_id(data: object) -> RemoveField | SetStringField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetStringField, RemoveField))

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_name(data: object) -> RemoveField | SetDataSetName | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetDataSetName, RemoveField))

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> RemoveField | SetDataSetDescription | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetDataSetDescription, RemoveField))

        description = _parse_description(d.pop("description", UNSET))

        def _parse_metadata(data: object) -> ObjectPatchAddRemoveDataSet | ObjectPatchSetDataSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ObjectPatchSetDataSet, ObjectPatchAddRemoveDataSet))

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _write_protected = d.pop("writeProtected", UNSET)
        write_protected: SinglePatchBoolean | Unset
        if isinstance(_write_protected, Unset):
            write_protected = UNSET
        else:
            write_protected = SinglePatchBoolean.from_dict(_write_protected)

        data_set_patch_update = cls(
            external_id=external_id,
            name=name,
            description=description,
            metadata=metadata,
            write_protected=write_protected,
        )

        data_set_patch_update.additional_properties = d
        return data_set_patch_update
