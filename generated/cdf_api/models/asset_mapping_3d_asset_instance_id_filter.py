from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.cognite_instance_id import CogniteInstanceId


T = TypeVar("T", bound="AssetMapping3DAssetInstanceIdFilter")


@_attrs_define
class AssetMapping3DAssetInstanceIdFilter(AdditionalProperties):
    """
    Attributes:
        asset_instance_ids (list[CogniteInstanceId]):
    """

    _FIT = {"assetInstanceIds": ("l", ("m", "CogniteInstanceId"))}
    _REQUIRED = ("assetInstanceIds",)

    asset_instance_ids: list[CogniteInstanceId]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_instance_ids = []
        for asset_instance_ids_item_data in self.asset_instance_ids:
            asset_instance_ids_item = asset_instance_ids_item_data.to_dict()
            asset_instance_ids.append(asset_instance_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetInstanceIds": asset_instance_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_instance_id import CogniteInstanceId  # noqa: PLC0415

        d = dict(src_dict)
        asset_instance_ids = []
        _asset_instance_ids = d.pop("assetInstanceIds")
        for asset_instance_ids_item_data in _asset_instance_ids:
            asset_instance_ids_item = CogniteInstanceId.from_dict(asset_instance_ids_item_data)

            asset_instance_ids.append(asset_instance_ids_item)

        asset_mapping_3d_asset_instance_id_filter = cls(
            asset_instance_ids=asset_instance_ids,
        )

        asset_mapping_3d_asset_instance_id_filter.additional_properties = d
        return asset_mapping_3d_asset_instance_id_filter
