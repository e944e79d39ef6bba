from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.image_360_annotation_v2 import Image360AnnotationV2
    from ..models.instance_reference import InstanceReference


T = TypeVar("T", bound="CreateImage360AnnotationContextualizationItem")


@_attrs_define
class CreateImage360AnnotationContextualizationItem(AdditionalProperties):
    """
    Attributes:
        asset (InstanceReference):
        image360 (InstanceReference):
        polygon (Image360AnnotationV2):
    """

    _FIT = {
        "asset": ("m", "InstanceReference"),
        "image360": ("m", "InstanceReference"),
        "polygon": ("m", "Image360AnnotationV2"),
    }
    _REQUIRED = ("asset", "image360", "polygon")

    asset: InstanceReference
    image360: InstanceReference
    polygon: Image360AnnotationV2
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset.to_dict()

        image360 = self.image360.to_dict()

        polygon = self.polygon.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "image360": image360,
                "polygon": polygon,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_360_annotation_v2 import Image360AnnotationV2  # noqa: PLC0415
        from ..models.instance_reference import InstanceReference  # noqa: PLC0415

        d = dict(src_dict)
        asset = InstanceReference.from_dict(d.pop("asset"))

        image360 = InstanceReference.from_dict(d.pop("image360"))

        polygon = Image360AnnotationV2.from_dict(d.pop("polygon"))

        create_image_360_annotation_contextualization_item = cls(
            asset=asset,
            image360=image360,
            polygon=polygon,
        )

        create_image_360_annotation_contextualization_item.additional_properties = d
        return create_image_360_annotation_contextualization_item
