from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CognitetimeseriesAclAssetRootIdScope")


@_attrs_define
class CognitetimeseriesAclAssetRootIdScope(AdditionalProperties):
    """
    Attributes:
        root_ids (list[int] | Unset):
    """

    _FIT = {"rootIds": ("l", "i")}
    _REQUIRED = ()

    root_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        root_ids: list[int] | Unset = UNSET
        if not isinstance(self.root_ids, Unset):
            root_ids = self.root_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if root_ids is not UNSET:
            field_dict["rootIds"] = root_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        root_ids = cast(list[int], d.pop("rootIds", UNSET))

        cognitetimeseries_acl_asset_root_id_scope = cls(
            root_ids=root_ids,
        )

        cognitetimeseries_acl_asset_root_id_scope.additional_properties = d
        return cognitetimeseries_acl_asset_root_id_scope
