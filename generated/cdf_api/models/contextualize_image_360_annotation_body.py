from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.create_image_360_annotation_contextualization_item import (
        CreateImage360AnnotationContextualizationItem,
    )
    from ..models.dms_contextualization_config import DmsContextualizationConfig


T = TypeVar("T", bound="ContextualizeImage360AnnotationBody")


@_attrs_define
class ContextualizeImage360AnnotationBody(AdditionalProperties):
    """
    Attributes:
        items (list[CreateImage360AnnotationContextualizationItem]):
        dms_contextualization_config (DmsContextualizationConfig):
    """

    _FIT = {
        "items": ("l", ("m", "CreateImage360AnnotationContextualizationItem")),
        "dmsContextualizationConfig": ("m", "DmsContextualizationConfig"),
    }
    _REQUIRED = ("items", "dmsContextualizationConfig")

    items: list[CreateImage360AnnotationContextualizationItem]
    dms_contextualization_config: DmsContextualizationConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for componentsschemas_create_image_360_annotation_contextualization_list_item_data in self.items:
            componentsschemas_create_image_360_annotation_contextualization_list_item = (
                componentsschemas_create_image_360_annotation_contextualization_list_item_data.to_dict()
            )
            items.append(componentsschemas_create_image_360_annotation_contextualization_list_item)

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
        from ..models.create_image_360_annotation_contextualization_item import (
            CreateImage360AnnotationContextualizationItem,  # noqa: PLC0415
        )
        from ..models.dms_contextualization_config import DmsContextualizationConfig  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for componentsschemas_create_image_360_annotation_contextualization_list_item_data in _items:
            componentsschemas_create_image_360_annotation_contextualization_list_item = (
                CreateImage360AnnotationContextualizationItem.from_dict(
                    componentsschemas_create_image_360_annotation_contextualization_list_item_data
                )
            )

            items.append(componentsschemas_create_image_360_annotation_contextualization_list_item)

        dms_contextualization_config = DmsContextualizationConfig.from_dict(d.pop("dmsContextualizationConfig"))

        contextualize_image_360_annotation_body = cls(
            items=items,
            dms_contextualization_config=dms_contextualization_config,
        )

        contextualize_image_360_annotation_body.additional_properties = d
        return contextualize_image_360_annotation_body
