from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.asset_mapping_3d_asset_filter import AssetMapping3DAssetFilter
    from ..models.asset_mapping_3d_asset_instance_id_filter import AssetMapping3DAssetInstanceIdFilter
    from ..models.asset_mapping_3d_node_filter import AssetMapping3DNodeFilter
    from ..models.asset_mapping_3d_tree_index_filter import AssetMapping3DTreeIndexFilter


T = TypeVar("T", bound="AssetMapping3DFilterRequest")


@_attrs_define
class AssetMapping3DFilterRequest(AdditionalProperties):
    """
    Attributes:
        get_dms_instances (bool | Unset): If true, the response will include only the mappings with assetInstanceId
            values, for DMS based assets.
        filter_ (AssetMapping3DAssetFilter | AssetMapping3DAssetInstanceIdFilter | AssetMapping3DNodeFilter |
            AssetMapping3DTreeIndexFilter | Unset):
        limit (int | Unset): Limits the number of results to return.
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
    """

    _FIT = {
        "getDmsInstances": "b",
        "filter": (
            "u",
            (
                ("m", "AssetMapping3DAssetFilter"),
                ("m", "AssetMapping3DAssetInstanceIdFilter"),
                ("m", "AssetMapping3DNodeFilter"),
                ("m", "AssetMapping3DTreeIndexFilter"),
            ),
        ),
        "limit": "i",
        "cursor": "s",
    }
    _REQUIRED = ()

    get_dms_instances: bool | Unset = UNSET
    filter_: (
        AssetMapping3DAssetFilter
        | AssetMapping3DAssetInstanceIdFilter
        | AssetMapping3DNodeFilter
        | AssetMapping3DTreeIndexFilter
        | Unset
    ) = UNSET
    limit: int | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        get_dms_instances = self.get_dms_instances

        filter_: dict[str, Any] | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_.to_dict()

        limit = self.limit

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if get_dms_instances is not UNSET:
            field_dict["getDmsInstances"] = get_dms_instances
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_mapping_3d_asset_filter import AssetMapping3DAssetFilter  # noqa: PLC0415
        from ..models.asset_mapping_3d_asset_instance_id_filter import AssetMapping3DAssetInstanceIdFilter  # noqa: PLC0415
        from ..models.asset_mapping_3d_node_filter import AssetMapping3DNodeFilter  # noqa: PLC0415
        from ..models.asset_mapping_3d_tree_index_filter import AssetMapping3DTreeIndexFilter  # noqa: PLC0415

        d = dict(src_dict)
        get_dms_instances = d.pop("getDmsInstances", UNSET)

        def _parse_filter_(
            data: object,
        ) -> (
            AssetMapping3DAssetFilter
            | AssetMapping3DAssetInstanceIdFilter
            | AssetMapping3DNodeFilter
            | AssetMapping3DTreeIndexFilter
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_best(
                data,
                (
                    AssetMapping3DAssetFilter,
                    AssetMapping3DAssetInstanceIdFilter,
                    AssetMapping3DNodeFilter,
                    AssetMapping3DTreeIndexFilter,
                ),
            )

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        limit = d.pop("limit", UNSET)

        cursor = d.pop("cursor", UNSET)

        asset_mapping_3d_filter_request = cls(
            get_dms_instances=get_dms_instances,
            filter_=filter_,
            limit=limit,
            cursor=cursor,
        )

        asset_mapping_3d_filter_request.additional_properties = d
        return asset_mapping_3d_filter_request
