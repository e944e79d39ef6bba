from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.remove_field import RemoveField
    from ..models.set_direct_relation_reference import SetDirectRelationReference
    from ..models.set_model_name_field import SetModelNameField


T = TypeVar("T", bound="UpdateModel3DDmsOnlyUpdate")


@_attrs_define
class UpdateModel3DDmsOnlyUpdate(AdditionalProperties):
    """
    Attributes:
        name (SetModelNameField | Unset):
        thumbnail_reference (RemoveField | SetDirectRelationReference | Unset):
    """

    _FIT = {
        "name": ("m", "SetModelNameField"),
        "thumbnailReference": ("u", (("m", "SetDirectRelationReference"), ("m", "RemoveField"))),
    }
    _REQUIRED = ()

    name: SetModelNameField | Unset = UNSET
    thumbnail_reference: RemoveField | SetDirectRelationReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        thumbnail_reference: dict[str, Any] | Unset
        if isinstance(self.thumbnail_reference, Unset):
            thumbnail_reference = UNSET
        else:
            thumbnail_reference = self.thumbnail_reference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if thumbnail_reference is not UNSET:
            field_dict["thumbnailReference"] = thumbnail_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.remove_field import RemoveField  # noqa: PLC0415
        from ..models.set_direct_relation_reference import SetDirectRelationReference  # noqa: PLC0415
        from ..models.set_model_name_field import SetModelNameField  # noqa: PLC0415

        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: SetModelNameField | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = SetModelNameField.from_dict(_name)

        def _parse_thumbnail_reference(data: object) -> RemoveField | SetDirectRelationReference | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetDirectRelationReference, RemoveField))

        thumbnail_reference = _parse_thumbnail_reference(d.pop("thumbnailReference", UNSET))

        update_model_3d_dms_only_update = cls(
            name=name,
            thumbnail_reference=thumbnail_reference,
        )

        update_model_3d_dms_only_update.additional_properties = d
        return update_model_3d_dms_only_update
