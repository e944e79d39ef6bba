from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="AssetMapping3DNodeFilter")


@_attrs_define
class AssetMapping3DNodeFilter(AdditionalProperties):
    """
    Attributes:
        node_ids (list[int]):
    """

    _FIT = {"nodeIds": ("l", "i")}
    _REQUIRED = ("nodeIds",)

    node_ids: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_ids = self.node_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nodeIds": node_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_ids = cast(list[int], d.pop("nodeIds"))

        asset_mapping_3d_node_filter = cls(
            node_ids=node_ids,
        )

        asset_mapping_3d_node_filter.additional_properties = d
        return asset_mapping_3d_node_filter
