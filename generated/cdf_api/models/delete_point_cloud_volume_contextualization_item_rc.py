from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.instance_reference import InstanceReference


T = TypeVar("T", bound="DeletePointCloudVolumeContextualizationItemRC")


@_attrs_define
class DeletePointCloudVolumeContextualizationItemRC(AdditionalProperties):
    """
    Attributes:
        asset (InstanceReference):
        volume_reference (str): A unique reference for the volume within a revision.
    """

    _FIT = {"asset": ("m", "InstanceReference"), "volumeReference": "s"}
    _REQUIRED = ("asset", "volumeReference")

    asset: InstanceReference
    volume_reference: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset.to_dict()

        volume_reference = self.volume_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "volumeReference": volume_reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_reference import InstanceReference  # noqa: PLC0415

        d = dict(src_dict)
        asset = InstanceReference.from_dict(d.pop("asset"))

        volume_reference = d.pop("volumeReference")

        delete_point_cloud_volume_contextualization_item_rc = cls(
            asset=asset,
            volume_reference=volume_reference,
        )

        delete_point_cloud_volume_contextualization_item_rc.additional_properties = d
        return delete_point_cloud_volume_contextualization_item_rc
