from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.box_point_cloud_volume_v1 import BoxPointCloudVolumeV1
    from ..models.cylinder_point_cloud_volume_v1 import CylinderPointCloudVolumeV1
    from ..models.direct_relation_reference import DirectRelationReference


T = TypeVar("T", bound="CreatePointCloudVolumeContextualizationItem")


@_attrs_define
class CreatePointCloudVolumeContextualizationItem(AdditionalProperties):
    """
    Attributes:
        asset_instance_id (DirectRelationReference): Reference to the node pointed to by the direct relation. The
            reference consists of a space and an external-id.
        volume_reference (str): A unique reference for the volume within a revision.
        volume (BoxPointCloudVolumeV1 | CylinderPointCloudVolumeV1):
    """

    _FIT = {
        "assetInstanceId": ("m", "DirectRelationReference"),
        "volumeReference": "s",
        "volume": ("u", (("m", "BoxPointCloudVolumeV1"), ("m", "CylinderPointCloudVolumeV1"))),
    }
    _REQUIRED = ("assetInstanceId", "volumeReference", "volume")

    asset_instance_id: DirectRelationReference
    volume_reference: str
    volume: BoxPointCloudVolumeV1 | CylinderPointCloudVolumeV1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_instance_id = self.asset_instance_id.to_dict()

        volume_reference = self.volume_reference

        volume: dict[str, Any]
        volume = self.volume.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetInstanceId": asset_instance_id,
                "volumeReference": volume_reference,
                "volume": volume,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.box_point_cloud_volume_v1 import BoxPointCloudVolumeV1  # noqa: PLC0415
        from ..models.cylinder_point_cloud_volume_v1 import CylinderPointCloudVolumeV1  # noqa: PLC0415
        from ..models.direct_relation_reference import DirectRelationReference  # noqa: PLC0415

        d = dict(src_dict)
        asset_instance_id = DirectRelationReference.from_dict(d.pop("assetInstanceId"))

        volume_reference = d.pop("volumeReference")

        def _parse_volume(data: object) -> BoxPointCloudVolumeV1 | CylinderPointCloudVolumeV1:
            return parse_best(data, (BoxPointCloudVolumeV1, CylinderPointCloudVolumeV1))

        volume = _parse_volume(d.pop("volume"))

        create_point_cloud_volume_contextualization_item = cls(
            asset_instance_id=asset_instance_id,
            volume_reference=volume_reference,
            volume=volume,
        )

        create_point_cloud_volume_contextualization_item.additional_properties = d
        return create_point_cloud_volume_contextualization_item
