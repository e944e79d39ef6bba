from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="AssetMapping3DTreeIndexFilter")


@_attrs_define
class AssetMapping3DTreeIndexFilter(AdditionalProperties):
    """
    Attributes:
        tree_indexes (list[int]):
    """

    _FIT = {"treeIndexes": ("l", "i")}
    _REQUIRED = ("treeIndexes",)

    tree_indexes: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tree_indexes = self.tree_indexes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "treeIndexes": tree_indexes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tree_indexes = cast(list[int], d.pop("treeIndexes"))

        asset_mapping_3d_tree_index_filter = cls(
            tree_indexes=tree_indexes,
        )

        asset_mapping_3d_tree_index_filter.additional_properties = d
        return asset_mapping_3d_tree_index_filter
