from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="Node3DAssetMapping")


@_attrs_define
class Node3DAssetMapping(AdditionalProperties):
    """
    Attributes:
        model_id (int): The ID of the associated model Example: 3001.
        revision_id (int): The ID of the associated revision Example: 3001.
        node_id (int): The ID of the node. Example: 1003.
    """

    _FIT = {"modelId": "i", "revisionId": "i", "nodeId": "i"}
    _REQUIRED = ("modelId", "revisionId", "nodeId")

    model_id: int
    revision_id: int
    node_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        revision_id = self.revision_id

        node_id = self.node_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "revisionId": revision_id,
                "nodeId": node_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_id = d.pop("modelId")

        revision_id = d.pop("revisionId")

        node_id = d.pop("nodeId")

        node_3d_asset_mapping = cls(
            model_id=model_id,
            revision_id=revision_id,
            node_id=node_id,
        )

        node_3d_asset_mapping.additional_properties = d
        return node_3d_asset_mapping
