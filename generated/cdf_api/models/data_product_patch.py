from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.array_patch_string_add_or_remove import ArrayPatchStringAddOrRemove
    from ..models.array_patch_string_set import ArrayPatchStringSet
    from ..models.remove_field import RemoveField
    from ..models.set_string_field import SetStringField
    from ..models.single_patch_boolean import SinglePatchBoolean


T = TypeVar("T", bound="DataProductPatch")


@_attrs_define
class DataProductPatch(AdditionalProperties):
    """Changes to apply to a data product

    Attributes:
        name (SetStringField | Unset):
        description (RemoveField | SetStringField | Unset): Set a new value for the string, or remove the value.
        is_governed (SinglePatchBoolean | Unset):
        tags (ArrayPatchStringAddOrRemove | ArrayPatchStringSet | Unset): Change that will be applied to the array.
    """

    _FIT = {
        "name": ("m", "SetStringField"),
        "description": ("u", (("m", "SetStringField"), ("m", "RemoveField"))),
        "isGoverned": ("m", "SinglePatchBoolean"),
        "tags": ("u", (("m", "ArrayPatchStringSet"), ("m", "ArrayPatchStringAddOrRemove"))),
    }
    _REQUIRED = ()

    name: SetStringField | Unset = UNSET
    description: RemoveField | SetStringField | Unset = UNSET
    is_governed: SinglePatchBoolean | Unset = UNSET
    tags: ArrayPatchStringAddOrRemove | ArrayPatchStringSet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        description: dict[str, Any] | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description.to_dict()

        is_governed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.is_governed, Unset):
            is_governed = self.is_governed.to_dict()

        tags: dict[str, Any] | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        else:
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if is_governed is not UNSET:
            field_dict["isGoverned"] = is_governed
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.array_patch_string_add_or_remove import ArrayPatchStringAddOrRemove  # noqa: PLC0415
        from ..models.array_patch_string_set import ArrayPatchStringSet  # noqa: PLC0415
        from ..models.remove_field import RemoveField  # noqa: PLC0415
        from ..models.set_string_field import SetStringField  # noqa: PLC0415
        from ..models.single_patch_boolean import SinglePatchBoolean  # noqa: PLC0415

        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: SetStringField | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = SetStringField.from_dict(_name)

        def _parse_description(data: object) -> RemoveField | SetStringField | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SetStringField, RemoveField))

        description = _parse_description(d.pop("description", UNSET))

        _is_governed = d.pop("isGoverned", UNSET)
        is_governed: SinglePatchBoolean | Unset
        if isinstance(_is_governed, Unset):
            is_governed = UNSET
        else:
            is_governed = SinglePatchBoolean.from_dict(_is_governed)

        def _parse_tags(data: object) -> ArrayPatchStringAddOrRemove | ArrayPatchStringSet | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ArrayPatchStringSet, ArrayPatchStringAddOrRemove))

        tags = _parse_tags(d.pop("tags", UNSET))

        data_product_patch = cls(
            name=name,
            description=description,
            is_governed=is_governed,
            tags=tags,
        )

        data_product_patch.additional_properties = d
        return data_product_patch
