from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.box_point_cloud_volume_v1 import BoxPointCloudVolumeV1
    from ..models.cylinder_point_cloud_volume_v1 import CylinderPointCloudVolumeV1
    from ..models.instance_reference import InstanceReference


T = TypeVar("T", bound="CreatePointCloudVolumeContextualizationItemRC")


@_attrs_define
class CreatePointCloudVolumeContextualizationItemRC(AdditionalProperties):
    """
    Attributes:
        asset (InstanceReference):
        volume_reference (str): A unique reference for the volume within a revision.
        volume (BoxPointCloudVolumeV1 | CylinderPointCloudVolumeV1):
    """

    _FIT = {
        "asset": ("m", "InstanceReference"),
        "volumeReference": "s",
        "volume": ("u", (("m", "BoxPointCloudVolumeV1"), ("m", "CylinderPointCloudVolumeV1"))),
    }
    _REQUIRED = ("asset", "volumeReference", "volume")

    asset: InstanceReference
    volume_reference: str
    volume: BoxPointCloudVolumeV1 | CylinderPointCloudVolumeV1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset.to_dict()

        volume_reference = self.volume_reference

        volume: dict[str, Any]
        volume = self.volume.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "volumeReference": volume_reference,
                "volume": volume,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.box_point_cloud_volume_v1 import BoxPointCloudVolumeV1  # noqa: PLC0415
        from ..models.cylinder_point_cloud_volume_v1 import CylinderPointCloudVolumeV1  # noqa: PLC0415
        from ..models.instance_reference import InstanceReference  # noqa: PLC0415

        d = dict(src_dict)
        asset = InstanceReference.from_dict(d.pop("asset"))

        volume_reference = d.pop("volumeReference")

        def _parse_volume(data: object) -> BoxPointCloudVolumeV1 | CylinderPointCloudVolumeV1:
            return parse_best(data, (BoxPointCloudVolumeV1, CylinderPointCloudVolumeV1))

        volume = _parse_volume(d.pop("volume"))

        create_point_cloud_volume_contextualization_item_rc = cls(
            asset=asset,
            volume_reference=volume_reference,
            volume=volume,
        )

        create_point_cloud_volume_contextualization_item_rc.additional_properties = d
        return create_point_cloud_volume_contextualization_item_rc
