from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.delete_point_cloud_volume_contextualization_item_rc import (
        DeletePointCloudVolumeContextualizationItemRC,
    )
    from ..models.dms_contextualization_config_rc import DmsContextualizationConfigRC


T = TypeVar("T", bound="DeleteContextualizedPointCloudVolumesRCBody")


@_attrs_define
class DeleteContextualizedPointCloudVolumesRCBody(AdditionalProperties):
    """
    Attributes:
        items (list[DeletePointCloudVolumeContextualizationItemRC]):
        dms_contextualization_config (DmsContextualizationConfigRC):
    """

    _FIT = {
        "items": ("l", ("m", "DeletePointCloudVolumeContextualizationItemRC")),
        "dmsContextualizationConfig": ("m", "DmsContextualizationConfigRC"),
    }
    _REQUIRED = ("items", "dmsContextualizationConfig")

    items: list[DeletePointCloudVolumeContextualizationItemRC]
    dms_contextualization_config: DmsContextualizationConfigRC
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for componentsschemas_delete_point_cloud_volume_contextualization_rc_list_item_data in self.items:
            componentsschemas_delete_point_cloud_volume_contextualization_rc_list_item = (
                componentsschemas_delete_point_cloud_volume_contextualization_rc_list_item_data.to_dict()
            )
            items.append(componentsschemas_delete_point_cloud_volume_contextualization_rc_list_item)

        dms_contextualization_config = self.dms_contextualization_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "dmsContextualizationConfig": dms_contextualization_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delete_point_cloud_volume_contextualization_item_rc import (
            DeletePointCloudVolumeContextualizationItemRC,  # noqa: PLC0415
        )
        from ..models.dms_contextualization_config_rc import DmsContextualizationConfigRC  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for componentsschemas_delete_point_cloud_volume_contextualization_rc_list_item_data in _items:
            componentsschemas_delete_point_cloud_volume_contextualization_rc_list_item = (
                DeletePointCloudVolumeContextualizationItemRC.from_dict(
                    componentsschemas_delete_point_cloud_volume_contextualization_rc_list_item_data
                )
            )

            items.append(componentsschemas_delete_point_cloud_volume_contextualization_rc_list_item)

        dms_contextualization_config = DmsContextualizationConfigRC.from_dict(d.pop("dmsContextualizationConfig"))

        delete_contextualized_point_cloud_volumes_rc_body = cls(
            items=items,
            dms_contextualization_config=dms_contextualization_config,
        )

        delete_contextualized_point_cloud_volumes_rc_body.additional_properties = d
        return delete_contextualized_point_cloud_volumes_rc_body
