from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.direct_relation_reference import DirectRelationReference


T = TypeVar("T", bound="DeletePointCloudVolumeContextualizationItem")


@_attrs_define
class DeletePointCloudVolumeContextualizationItem(AdditionalProperties):
    """
    Attributes:
        asset_instance_id (DirectRelationReference): Reference to the node pointed to by the direct relation. The
            reference consists of a space and an external-id.
        volume_reference (str): A unique reference for the volume within a revision.
    """

    _FIT = {"assetInstanceId": ("m", "DirectRelationReference"), "volumeReference": "s"}
    _REQUIRED = ("assetInstanceId", "volumeReference")

    asset_instance_id: DirectRelationReference
    volume_reference: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_instance_id = self.asset_instance_id.to_dict()

        volume_reference = self.volume_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetInstanceId": asset_instance_id,
                "volumeReference": volume_reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.direct_relation_reference import DirectRelationReference  # noqa: PLC0415

        d = dict(src_dict)
        asset_instance_id = DirectRelationReference.from_dict(d.pop("assetInstanceId"))

        volume_reference = d.pop("volumeReference")

        delete_point_cloud_volume_contextualization_item = cls(
            asset_instance_id=asset_instance_id,
            volume_reference=volume_reference,
        )

        delete_point_cloud_volume_contextualization_item.additional_properties = d
        return delete_point_cloud_volume_contextualization_item
