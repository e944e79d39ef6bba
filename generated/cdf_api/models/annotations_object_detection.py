from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_bounding_box import AnnotationsBoundingBox
    from ..models.annotations_object_detection_attributes import AnnotationsObjectDetectionAttributes
    from ..models.annotations_poly_line import AnnotationsPolyLine
    from ..models.annotations_polygon import AnnotationsPolygon


T = TypeVar("T", bound="AnnotationsObjectDetection")


@_attrs_define
class AnnotationsObjectDetection(AdditionalProperties):
    """Models an image object detection represented by a label, a geometry, and
    optionally a confidence value.

        Attributes:
            label (str): The label describing what type of object it is
            attributes (AnnotationsObjectDetectionAttributes | Unset): Additional attributes data for a compound.
            bounding_box (AnnotationsBoundingBox | Unset): A plain rectangle
            polygon (AnnotationsPolygon | Unset): A _closed_ polygon represented by _n_ vertices. In other words, we assume
                that the first and last vertex are connected.
            polyline (AnnotationsPolyLine | Unset): A polygonal chain consisting of _n_ vertices
            confidence (float | Unset): The confidence score for the primitive. It should be between 0 and 1.
    """

    _FIT = {
        "label": "s",
        "attributes": ("m", "AnnotationsObjectDetectionAttributes"),
        "boundingBox": ("m", "AnnotationsBoundingBox"),
        "polygon": ("m", "AnnotationsPolygon"),
        "polyline": ("m", "AnnotationsPolyLine"),
        "confidence": "n",
    }
    _REQUIRED = ("label",)

    label: str
    attributes: AnnotationsObjectDetectionAttributes | Unset = UNSET
    bounding_box: AnnotationsBoundingBox | Unset = UNSET
    polygon: AnnotationsPolygon | Unset = UNSET
    polyline: AnnotationsPolyLine | Unset = UNSET
    confidence: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        bounding_box: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bounding_box, Unset):
            bounding_box = self.bounding_box.to_dict()

        polygon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.polygon, Unset):
            polygon = self.polygon.to_dict()

        polyline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.polyline, Unset):
            polyline = self.polyline.to_dict()

        confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if bounding_box is not UNSET:
            field_dict["boundingBox"] = bounding_box
        if polygon is not UNSET:
            field_dict["polygon"] = polygon
        if polyline is not UNSET:
            field_dict["polyline"] = polyline
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_bounding_box import AnnotationsBoundingBox  # noqa: PLC0415
        from ..models.annotations_object_detection_attributes import AnnotationsObjectDetectionAttributes  # noqa: PLC0415
        from ..models.annotations_poly_line import AnnotationsPolyLine  # noqa: PLC0415
        from ..models.annotations_polygon import AnnotationsPolygon  # noqa: PLC0415

        d = dict(src_dict)
        label = d.pop("label")

        _attributes = d.pop("attributes", UNSET)
        attributes: AnnotationsObjectDetectionAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = AnnotationsObjectDetectionAttributes.from_dict(_attributes)

        _bounding_box = d.pop("boundingBox", UNSET)
        bounding_box: AnnotationsBoundingBox | Unset
        if isinstance(_bounding_box, Unset):
            bounding_box = UNSET
        else:
            bounding_box = AnnotationsBoundingBox.from_dict(_bounding_box)

        _polygon = d.pop("polygon", UNSET)
        polygon: AnnotationsPolygon | Unset
        if isinstance(_polygon, Unset):
            polygon = UNSET
        else:
            polygon = AnnotationsPolygon.from_dict(_polygon)

        _polyline = d.pop("polyline", UNSET)
        polyline: AnnotationsPolyLine | Unset
        if isinstance(_polyline, Unset):
            polyline = UNSET
        else:
            polyline = AnnotationsPolyLine.from_dict(_polyline)

        confidence = d.pop("confidence", UNSET)

        annotations_object_detection = cls(
            label=label,
            attributes=attributes,
            bounding_box=bounding_box,
            polygon=polygon,
            polyline=polyline,
            confidence=confidence,
        )

        annotations_object_detection.additional_properties = d
        return annotations_object_detection
