from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.single_patch_required_model_description import SinglePatchRequiredModelDescription
    from ..models.single_patch_required_model_name import SinglePatchRequiredModelName


T = TypeVar("T", bound="ModelPatchUpdate")


@_attrs_define
class ModelPatchUpdate(AdditionalProperties):
    """
    Attributes:
        name (SinglePatchRequiredModelName | Unset): Set a new value for name.
        description (SinglePatchRequiredModelDescription | Unset): Set a new value for description.
    """

    _FIT = {"name": ("m", "SinglePatchRequiredModelName"), "description": ("m", "SinglePatchRequiredModelDescription")}
    _REQUIRED = ()

    name: SinglePatchRequiredModelName | Unset = UNSET
    description: SinglePatchRequiredModelDescription | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.single_patch_required_model_description import SinglePatchRequiredModelDescription  # noqa: PLC0415
        from ..models.single_patch_required_model_name import SinglePatchRequiredModelName  # noqa: PLC0415

        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: SinglePatchRequiredModelName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = SinglePatchRequiredModelName.from_dict(_name)

        _description = d.pop("description", UNSET)
        description: SinglePatchRequiredModelDescription | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = SinglePatchRequiredModelDescription.from_dict(_description)

        model_patch_update = cls(
            name=name,
            description=description,
        )

        model_patch_update.additional_properties = d
        return model_patch_update
