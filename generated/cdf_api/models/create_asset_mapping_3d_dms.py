from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.direct_relation_reference import DirectRelationReference


T = TypeVar("T", bound="CreateAssetMapping3DDms")


@_attrs_define
class CreateAssetMapping3DDms(AdditionalProperties):
    """
    Attributes:
        node_id (int): The ID of the node. Example: 1003.
        asset_instance_id (DirectRelationReference): Reference to the node pointed to by the direct relation. The
            reference consists of a space and an external-id.
    """

    _FIT = {"nodeId": "i", "assetInstanceId": ("m", "DirectRelationReference")}
    _REQUIRED = ("nodeId", "assetInstanceId")

    node_id: int
    asset_instance_id: DirectRelationReference
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        asset_instance_id = self.asset_instance_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nodeId": node_id,
                "assetInstanceId": asset_instance_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.direct_relation_reference import DirectRelationReference  # noqa: PLC0415

        d = dict(src_dict)
        node_id = d.pop("nodeId")

        asset_instance_id = DirectRelationReference.from_dict(d.pop("assetInstanceId"))

        create_asset_mapping_3d_dms = cls(
            node_id=node_id,
            asset_instance_id=asset_instance_id,
        )

        create_asset_mapping_3d_dms.additional_properties = d
        return create_asset_mapping_3d_dms
