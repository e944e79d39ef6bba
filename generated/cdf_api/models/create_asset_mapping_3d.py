from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.direct_relation_reference import DirectRelationReference


T = TypeVar("T", bound="CreateAssetMapping3D")


@_attrs_define
class CreateAssetMapping3D(AdditionalProperties):
    """
    Attributes:
        node_id (int): The ID of the node. Example: 1003.
        asset_id (int | Unset): The ID of the associated asset (Cognite's Assets API). Example: 3001.
        asset_instance_id (DirectRelationReference | Unset): Reference to the node pointed to by the direct relation.
            The reference consists of a space and an external-id.
    """

    _FIT = {"nodeId": "i", "assetId": "i", "assetInstanceId": ("m", "DirectRelationReference")}
    _REQUIRED = ("nodeId",)

    node_id: int
    asset_id: int | Unset = UNSET
    asset_instance_id: DirectRelationReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        asset_id = self.asset_id

        asset_instance_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_instance_id, Unset):
            asset_instance_id = self.asset_instance_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nodeId": node_id,
            }
        )
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if asset_instance_id is not UNSET:
            field_dict["assetInstanceId"] = asset_instance_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.direct_relation_reference import DirectRelationReference  # noqa: PLC0415

        d = dict(src_dict)
        node_id = d.pop("nodeId")

        asset_id = d.pop("assetId", UNSET)

        _asset_instance_id = d.pop("assetInstanceId", UNSET)
        asset_instance_id: DirectRelationReference | Unset
        if isinstance(_asset_instance_id, Unset):
            asset_instance_id = UNSET
        else:
            asset_instance_id = DirectRelationReference.from_dict(_asset_instance_id)

        create_asset_mapping_3d = cls(
            node_id=node_id,
            asset_id=asset_id,
            asset_instance_id=asset_instance_id,
        )

        create_asset_mapping_3d.additional_properties = d
        return create_asset_mapping_3d
