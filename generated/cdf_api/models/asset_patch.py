from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.asset_patch_update import AssetPatchUpdate


T = TypeVar("T", bound="AssetPatch")


@_attrs_define
class AssetPatch(AdditionalProperties):
    """Changes applied to asset

    Attributes:
        update (AssetPatchUpdate):
    """

    _FIT = {"update": ("m", "AssetPatchUpdate")}
    _REQUIRED = ("update",)

    update: AssetPatchUpdate
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
        from ..models.asset_patch_update import AssetPatchUpdate  # noqa: PLC0415

        d = dict(src_dict)
        update = AssetPatchUpdate.from_dict(d.pop("update"))

        asset_patch = cls(
            update=update,
        )

        asset_patch.additional_properties = d
        return asset_patch
