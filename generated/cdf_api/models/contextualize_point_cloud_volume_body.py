from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.create_point_cloud_volume_contextualization_item import CreatePointCloudVolumeContextualizationItem
    from ..models.dms_contextualization_config import DmsContextualizationConfig


T = TypeVar("T", bound="ContextualizePointCloudVolumeBody")


@_attrs_define
class ContextualizePointCloudVolumeBody(AdditionalProperties):
    """
    Attributes:
        items (list[CreatePointCloudVolumeContextualizationItem]):
        dms_contextualization_config (DmsContextualizationConfig):
    """

    _FIT = {
        "items": ("l", ("m", "CreatePointCloudVolumeContextualizationItem")),
        "dmsContextualizationConfig": ("m", "DmsContextualizationConfig"),
    }
    _REQUIRED = ("items", "dmsContextualizationConfig")

    items: list[CreatePointCloudVolumeContextualizationItem]
    dms_contextualization_config: DmsContextualizationConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for componentsschemas_create_point_cloud_volume_contextualization_list_item_data in self.items:
            componentsschemas_create_point_cloud_volume_contextualization_list_item = (
                componentsschemas_create_point_cloud_volume_contextualization_list_item_data.to_dict()
            )
            items.append(componentsschemas_create_point_cloud_volume_contextualization_list_item)

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
        from ..models.create_point_cloud_volume_contextualization_item import (
            CreatePointCloudVolumeContextualizationItem,  # noqa: PLC0415
        )
        from ..models.dms_contextualization_config import DmsContextualizationConfig  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for componentsschemas_create_point_cloud_volume_contextualization_list_item_data in _items:
            componentsschemas_create_point_cloud_volume_contextualization_list_item = (
                CreatePointCloudVolumeContextualizationItem.from_dict(
                    componentsschemas_create_point_cloud_volume_contextualization_list_item_data
                )
            )

            items.append(componentsschemas_create_point_cloud_volume_contextualization_list_item)

        dms_contextualization_config = DmsContextualizationConfig.from_dict(d.pop("dmsContextualizationConfig"))

        contextualize_point_cloud_volume_body = cls(
            items=items,
            dms_contextualization_config=dms_contextualization_config,
        )

        contextualize_point_cloud_volume_body.additional_properties = d
        return contextualize_point_cloud_volume_body
