from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cognitetimeseries_acl_asset_root_id_scope import CognitetimeseriesAclAssetRootIdScope


T = TypeVar("T", bound="CognitetimeseriesAclScopeAssetRootIdScope")


@_attrs_define
class CognitetimeseriesAclScopeAssetRootIdScope(AdditionalProperties):
    """
    Attributes:
        asset_root_id_scope (CognitetimeseriesAclAssetRootIdScope | Unset):
    """

    _FIT = {"assetRootIdScope": ("m", "CognitetimeseriesAclAssetRootIdScope")}
    _REQUIRED = ()

    asset_root_id_scope: CognitetimeseriesAclAssetRootIdScope | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_root_id_scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_root_id_scope, Unset):
            asset_root_id_scope = self.asset_root_id_scope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_root_id_scope is not UNSET:
            field_dict["assetRootIdScope"] = asset_root_id_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognitetimeseries_acl_asset_root_id_scope import CognitetimeseriesAclAssetRootIdScope  # noqa: PLC0415

        d = dict(src_dict)
        _asset_root_id_scope = d.pop("assetRootIdScope", UNSET)
        asset_root_id_scope: CognitetimeseriesAclAssetRootIdScope | Unset
        if isinstance(_asset_root_id_scope, Unset):
            asset_root_id_scope = UNSET
        else:
            asset_root_id_scope = CognitetimeseriesAclAssetRootIdScope.from_dict(_asset_root_id_scope)

        cognitetimeseries_acl_scope_asset_root_id_scope = cls(
            asset_root_id_scope=asset_root_id_scope,
        )

        cognitetimeseries_acl_scope_asset_root_id_scope.additional_properties = d
        return cognitetimeseries_acl_scope_asset_root_id_scope
