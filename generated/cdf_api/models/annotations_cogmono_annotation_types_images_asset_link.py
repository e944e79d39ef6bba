from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_bounding_box import AnnotationsBoundingBox
    from ..models.annotations_cogmono_annotation_types_primitives_geometry_2d_geometry import (
        AnnotationsCogmonoAnnotationTypesPrimitivesGeometry2DGeometry,
    )


T = TypeVar("T", bound="AnnotationsCogmonoAnnotationTypesImagesAssetLink")


@_attrs_define
class AnnotationsCogmonoAnnotationTypesImagesAssetLink(AdditionalProperties):
    """Models a link to a CDF Asset referenced in an image

    Attributes:
        asset_ref (Any): A reference to an asset. Either the internal ID or the external ID must be provided (exactly
            one).
        text (str): The extracted text
        text_region (AnnotationsBoundingBox): A plain rectangle
        confidence (float | Unset): The confidence score for the primitive. It should be between 0 and 1.
        object_region (AnnotationsCogmonoAnnotationTypesPrimitivesGeometry2DGeometry | Unset): A geometry represented by
            exactly *one of* ` bounding_box`, `polygon` and
            `polyline` which, respectively, represents a BoundingBox, Polygon and
            PolyLine.
    """

    _FIT = {
        "assetRef": ("u", (None,)),
        "text": "s",
        "textRegion": ("m", "AnnotationsBoundingBox"),
        "confidence": "n",
        "objectRegion": ("m", "AnnotationsCogmonoAnnotationTypesPrimitivesGeometry2DGeometry"),
    }
    _REQUIRED = ("assetRef", "text", "textRegion")

    asset_ref: Any
    text: str
    text_region: AnnotationsBoundingBox
    confidence: float | Unset = UNSET
    object_region: AnnotationsCogmonoAnnotationTypesPrimitivesGeometry2DGeometry | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_ref: Any
        asset_ref = self.asset_ref

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
                "assetRef": asset_ref,
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

        d = dict(src_dict)

        def _parse_asset_ref(data: object) -> Any:
            return cast(Any, data)

        asset_ref = _parse_asset_ref(d.pop("assetRef"))

        text = d.pop("text")

        text_region = AnnotationsBoundingBox.from_dict(d.pop("textRegion"))

        confidence = d.pop("confidence", UNSET)

        _object_region = d.pop("objectRegion", UNSET)
        object_region: AnnotationsCogmonoAnnotationTypesPrimitivesGeometry2DGeometry | Unset
        if isinstance(_object_region, Unset):
            object_region = UNSET
        else:
            object_region = AnnotationsCogmonoAnnotationTypesPrimitivesGeometry2DGeometry.from_dict(_object_region)

        annotations_cogmono_annotation_types_images_asset_link = cls(
            asset_ref=asset_ref,
            text=text,
            text_region=text_region,
            confidence=confidence,
            object_region=object_region,
        )

        annotations_cogmono_annotation_types_images_asset_link.additional_properties = d
        return annotations_cogmono_annotation_types_images_asset_link
