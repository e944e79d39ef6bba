from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.model_patch_update import ModelPatchUpdate


T = TypeVar("T", bound="ModelPatch")


@_attrs_define
class ModelPatch(AdditionalProperties):
    """Changes applied to model

    Attributes:
        update (ModelPatchUpdate):
    """

    _FIT = {"update": ("m", "ModelPatchUpdate")}
    _REQUIRED = ("update",)

    update: ModelPatchUpdate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "update": update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_patch_update import ModelPatchUpdate  # noqa: PLC0415

        d = dict(src_dict)
        update = ModelPatchUpdate.from_dict(d.pop("update"))

        model_patch = cls(
            update=update,
        )

        model_patch.additional_properties = d
        return model_patch
