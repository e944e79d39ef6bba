from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="AssetMapping3DAssetFilter")


@_attrs_define
class AssetMapping3DAssetFilter(AdditionalProperties):
    """
    Attributes:
        asset_ids (list[int]):
    """

    _FIT = {"assetIds": ("l", "i")}
    _REQUIRED = ("assetIds",)

    asset_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_ids = self.asset_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetIds": asset_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_ids = cast(list[int], d.pop("assetIds"))

        asset_mapping_3d_asset_filter = cls(
            asset_ids=asset_ids,
        )

        asset_mapping_3d_asset_filter.additional_properties = d
        return asset_mapping_3d_asset_filter
