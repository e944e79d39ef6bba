from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_filter_in_asset_subtree_in_asset_subtree import DocumentFilterInAssetSubtreeInAssetSubtree


T = TypeVar("T", bound="DocumentFilterInAssetSubtree")


@_attrs_define
class DocumentFilterInAssetSubtree(AdditionalProperties):
    """
    Attributes:
        in_asset_subtree (DocumentFilterInAssetSubtreeInAssetSubtree): Matches items where the property contains one or
            more assets in a subtree rooted at any of the given values Example: {'property': ['assetIds'], 'values': [51276,
            94287]}.
    """

    _FIT = {"inAssetSubtree": ("m", "DocumentFilterInAssetSubtreeInAssetSubtree")}
    _REQUIRED = ("inAssetSubtree",)

    in_asset_subtree: DocumentFilterInAssetSubtreeInAssetSubtree
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_asset_subtree = self.in_asset_subtree.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inAssetSubtree": in_asset_subtree,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_filter_in_asset_subtree_in_asset_subtree import (
            DocumentFilterInAssetSubtreeInAssetSubtree,  # noqa: PLC0415
        )

        d = dict(src_dict)
        in_asset_subtree = DocumentFilterInAssetSubtreeInAssetSubtree.from_dict(d.pop("inAssetSubtree"))

        document_filter_in_asset_subtree = cls(
            in_asset_subtree=in_asset_subtree,
        )

        document_filter_in_asset_subtree.additional_properties = d
        return document_filter_in_asset_subtree
