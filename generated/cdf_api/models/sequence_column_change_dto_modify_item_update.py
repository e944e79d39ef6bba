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
    from ..models.set_string_field import SetStringField
    from ..models.single_patch_required_string import SinglePatchRequiredString


T = TypeVar("T", bound="SequenceColumnChangeDTOModifyItemUpdate")


@_attrs_define
class SequenceColumnChangeDTOModifyItemUpdate(AdditionalProperties):
    """Modifications to apply to a single column.

    Attributes:
        description (RemoveField | SetStringField | Unset): Set a new value for the string, or remove the value.
        external_id (SinglePatchRequiredString | Unset): Set a new value for the string.
        name (RemoveField | SetStringField | Unset): Set a new value for the string, or remove the value.
        metadata (ObjectPatchAddRemove | ObjectPatchSet | Unset): Custom, application specific metadata. String key ->
            String value.
    """

    _FIT = {
        "description": ("u", (("m", "SetStringField"), ("m", "RemoveField"))),
        "externalId": ("m", "SinglePatchRequiredString"),
        "name": ("u", (("m", "SetStringField"), ("m", "RemoveField"))),
        "metadata": ("u", (("m", "ObjectPatchSet"), ("m", "ObjectPatchAddRemove"))),
    }
    _REQUIRED = ()

    description: RemoveField | SetStringField | Unset = UNSET
    external_id: SinglePatchRequiredString | Unset = UNSET
    name: RemoveField | SetStringField | Unset = UNSET
    metadata: ObjectPatchAddRemove | ObjectPatchSet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: dict[str, Any] | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description.to_dict()

        external_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_id, Unset):
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if name is not UNSET:
            field_dict["name"] = name
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_patch_add_remove import ObjectPatchAddRemove  # noqa: PLC0415
        from ..models.object_patch_set import ObjectPatchSet  # noqa: PLC0415
        from ..models.remove_field import RemoveField  # noqa: PLC0415
        from ..models.set_string_field import SetStringField  # noqa: PLC0415
        from ..models.single_patch_required_string import SinglePatchRequiredString  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_description(data: object) -> RemoveField | SetStringField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetStringField, RemoveField))

        description = _parse_description(d.pop("description", UNSET))

        _external_id = d.pop("externalId", UNSET)
        external_id: SinglePatchRequiredString | Unset
        if isinstance(_external_id, Unset):
            external_id = UNSET
        else:
            external_id = SinglePatchRequiredString.from_dict(_external_id)

        def _parse_name(data: object) -> RemoveField | SetStringField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetStringField, RemoveField))

        name = _parse_name(d.pop("name", UNSET))

        def _parse_metadata(data: object) -> ObjectPatchAddRemove | ObjectPatchSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ObjectPatchSet, ObjectPatchAddRemove))

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        sequence_column_change_dto_modify_item_update = cls(
            description=description,
            external_id=external_id,
            name=name,
            metadata=metadata,
        )

        sequence_column_change_dto_modify_item_update.additional_properties = d
        return sequence_column_change_dto_modify_item_update
