from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_bounding_box import AnnotationsBoundingBox
    from ..models.annotations_cogmono_annotation_types_primitives_geometry_2d_geometry import (
        AnnotationsCogmonoAnnotationTypesPrimitivesGeometry2DGeometry,
    )
    from ..models.annotations_instance_ref import AnnotationsInstanceRef


T = TypeVar("T", bound="AnnotationsCogmonoAnnotationTypesImagesInstanceLink")


@_attrs_define
class AnnotationsCogmonoAnnotationTypesImagesInstanceLink(AdditionalProperties):
    """Models a link to an Data Modeling Instance referenced in an image

    Attributes:
        instance_ref (AnnotationsInstanceRef): A reference to an DMS instance,
            defined by the instance itself and the sources (views)
            that define how the data should be interpreted
        text (str): The extracted text
        text_region (AnnotationsBoundingBox): A plain rectangle
        confidence (float | Unset): The confidence score for the primitive. It should be between 0 and 1.
        object_region (AnnotationsCogmonoAnnotationTypesPrimitivesGeometry2DGeometry | Unset): A geometry represented by
            exactly *one of* ` bounding_box`, `polygon` and
            `polyline` which, respectively, represents a BoundingBox, Polygon and
            PolyLine.
    """

    _FIT = {
        "instanceRef": ("m", "AnnotationsInstanceRef"),
        "text": "s",
        "textRegion": ("m", "AnnotationsBoundingBox"),
        "confidence": "n",
        "objectRegion": ("m", "AnnotationsCogmonoAnnotationTypesPrimitivesGeometry2DGeometry"),
    }
    _REQUIRED = ("instanceRef", "text", "textRegion")

    instance_ref: AnnotationsInstanceRef
    text: str
    text_region: AnnotationsBoundingBox
    confidence: float | Unset = UNSET
    object_region: AnnotationsCogmonoAnnotationTypesPrimitivesGeometry2DGeometry | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_ref = self.instance_ref.to_dict()

        text = self.text

        text_region = self.text_region.to_dict()

        confidence = self.confidence

        object_region: dict[str, Any] | Unset = UNSET
        if not isinstance(self.object_region, Unset):
            object_region = self.object_region.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceRef": instance_ref,
                "text": text,
                "textRegion": text_region,
            }
        )
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if object_region is not UNSET:
            field_dict["objectRegion"] = object_region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_bounding_box import AnnotationsBoundingBox  # noqa: PLC0415
        from ..models.annotations_cogmono_annotation_types_primitives_geometry_2d_geometry import (
            AnnotationsCogmonoAnnotationTypesPrimitivesGeometry2DGeometry,  # noqa: PLC0415
        )
        from ..models.annotations_instance_ref import AnnotationsInstanceRef  # noqa: PLC0415

        d = dict(src_dict)
        instance_ref = AnnotationsInstanceRef.from_dict(d.pop("instanceRef"))

        text = d.pop("text")

        text_region = AnnotationsBoundingBox.from_dict(d.pop("textRegion"))

        confidence = d.pop("confidence", UNSET)

        _object_region = d.pop("objectRegion", UNSET)
        object_region: AnnotationsCogmonoAnnotationTypesPrimitivesGeometry2DGeometry | Unset
        if isinstance(_object_region, Unset):
            object_region = UNSET
        else:
            object_region = AnnotationsCogmonoAnnotationTypesPrimitivesGeometry2DGeometry.from_dict(_object_region)

        annotations_cogmono_annotation_types_images_instance_link = cls(
            instance_ref=instance_ref,
            text=text,
            text_region=text_region,
            confidence=confidence,
            object_region=object_region,
        )

        annotations_cogmono_annotation_types_images_instance_link.additional_properties = d
        return annotations_cogmono_annotation_types_images_instance_link
