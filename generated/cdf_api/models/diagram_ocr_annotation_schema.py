from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.diagram_ocr_bounding_box_schema import DiagramOcrBoundingBoxSchema


T = TypeVar("T", bound="DiagramOcrAnnotationSchema")


@_attrs_define
class DiagramOcrAnnotationSchema(AdditionalProperties):
    """An annotation describing a detected text string with location.

    Attributes:
        text (str | Unset): Detected text.
        bounding_box (DiagramOcrBoundingBoxSchema | Unset): A normalized bounding box describing a rectangular region
            aligned with the x-y-axes.
        confidence (float | Unset): A number in the range [0, 1].
        direction (float | Unset): The angle of the text direction. 0 means horizontal left to right, 90 means vertical
            downwards.
    """

    _FIT = {"text": "s", "boundingBox": ("m", "DiagramOcrBoundingBoxSchema"), "confidence": "n", "direction": "n"}
    _REQUIRED = ()

    text: str | Unset = UNSET
    bounding_box: DiagramOcrBoundingBoxSchema | Unset = UNSET
    confidence: float | Unset = UNSET
    direction: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        bounding_box: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bounding_box, Unset):
            bounding_box = self.bounding_box.to_dict()

        confidence = self.confidence

        direction = self.direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if bounding_box is not UNSET:
            field_dict["boundingBox"] = bounding_box
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diagram_ocr_bounding_box_schema import DiagramOcrBoundingBoxSchema  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text", UNSET)

        _bounding_box = d.pop("boundingBox", UNSET)
        bounding_box: DiagramOcrBoundingBoxSchema | Unset
        if isinstance(_bounding_box, Unset):
            bounding_box = UNSET
        else:
            bounding_box = DiagramOcrBoundingBoxSchema.from_dict(_bounding_box)

        confidence = d.pop("confidence", UNSET)

        direction = d.pop("direction", UNSET)

        diagram_ocr_annotation_schema = cls(
            text=text,
            bounding_box=bounding_box,
            confidence=confidence,
            direction=direction,
        )

        diagram_ocr_annotation_schema.additional_properties = d
        return diagram_ocr_annotation_schema
