from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, best_first

if TYPE_CHECKING:
    from ..models.remove_field import RemoveField
    from ..models.set_direct_relation_reference import SetDirectRelationReference
    from ..models.set_model_name_field import SetModelNameField


T = TypeVar("T", bound="UpdateModel3DDmsOnlyUpdate")


@_attrs_define
class UpdateModel3DDmsOnlyUpdate:
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
        from ..models.set_direct_relation_reference import SetDirectRelationReference  # noqa: PLC0415

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        thumbnail_reference: dict[str, Any] | Unset
        if isinstance(self.thumbnail_reference, Unset):
            thumbnail_reference = UNSET
        elif isinstance(self.thumbnail_reference, SetDirectRelationReference):
            thumbnail_reference = self.thumbnail_reference.to_dict()
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
            if isinstance(data, dict):
                _ranked = best_first(
                    data,
                    (
                        SetDirectRelationReference,
                        RemoveField,
                    ),
                )
                for _cls in _ranked[:-1]:
                    try:
                        return _cls.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                return _ranked[-1].from_dict(data)
            raise TypeError(f"expected an object, got {type(data).__name__}")

        thumbnail_reference = _parse_thumbnail_reference(d.pop("thumbnailReference", UNSET))

        update_model_3d_dms_only_update = cls(
            name=name,
            thumbnail_reference=thumbnail_reference,
        )

        update_model_3d_dms_only_update.additional_properties = d
        return update_model_3d_dms_only_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
