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
    from ..models.set_data_set_id import SetDataSetId
    from ..models.set_model_name_field import SetModelNameField


T = TypeVar("T", bound="UpdateModel3DUpdate")


@_attrs_define
class UpdateModel3DUpdate(AdditionalProperties):
    """
    Attributes:
        name (SetModelNameField | Unset):
        data_set_id (RemoveField | SetDataSetId | Unset):
        metadata (ObjectPatchAddRemove | ObjectPatchSet | Unset): Custom, application specific metadata. String key ->
            String value.
    """

    _FIT = {
        "name": ("m", "SetModelNameField"),
        "dataSetId": ("u", (("m", "SetDataSetId"), ("m", "RemoveField"))),
        "metadata": ("u", (("m", "ObjectPatchSet"), ("m", "ObjectPatchAddRemove"))),
    }
    _REQUIRED = ()

    name: SetModelNameField | Unset = UNSET
    data_set_id: RemoveField | SetDataSetId | Unset = UNSET
    metadata: ObjectPatchAddRemove | ObjectPatchSet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_patch_add_remove import ObjectPatchAddRemove  # noqa: PLC0415
        from ..models.object_patch_set import ObjectPatchSet  # noqa: PLC0415
        from ..models.remove_field import RemoveField  # noqa: PLC0415
        from ..models.set_data_set_id import SetDataSetId  # noqa: PLC0415
        from ..models.set_model_name_field import SetModelNameField  # noqa: PLC0415

        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: SetModelNameField | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = SetModelNameField.from_dict(_name)

        def _parse_data_set_id(data: object) -> RemoveField | SetDataSetId | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetDataSetId, RemoveField))

        data_set_id = _parse_data_set_id(d.pop("dataSetId", UNSET))

        def _parse_metadata(data: object) -> ObjectPatchAddRemove | ObjectPatchSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ObjectPatchSet, ObjectPatchAddRemove))

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        update_model_3d_update = cls(
            name=name,
            data_set_id=data_set_id,
            metadata=metadata,
        )

        update_model_3d_update.additional_properties = d
        return update_model_3d_update
