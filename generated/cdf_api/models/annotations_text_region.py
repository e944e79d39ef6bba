from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_bounding_box import AnnotationsBoundingBox


T = TypeVar("T", bound="AnnotationsTextRegion")


@_attrs_define
class AnnotationsTextRegion(AdditionalProperties):
    """Models an extracted text region in an image

    Attributes:
        text (str): The extracted text
        text_region (AnnotationsBoundingBox): A plain rectangle
        confidence (float | Unset): The confidence score for the primitive. It should be between 0 and 1.
    """

    _FIT = {"text": "s", "textRegion": ("m", "AnnotationsBoundingBox"), "confidence": "n"}
    _REQUIRED = ("text", "textRegion")

    text: str
    text_region: AnnotationsBoundingBox
    confidence: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        text_region = self.text_region.to_dict()

        confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "textRegion": text_region,
            }
        )
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_bounding_box import AnnotationsBoundingBox  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        text_region = AnnotationsBoundingBox.from_dict(d.pop("textRegion"))

        confidence = d.pop("confidence", UNSET)

        annotations_text_region = cls(
            text=text,
            text_region=text_region,
            confidence=confidence,
        )

        annotations_text_region.additional_properties = d
        return annotations_text_region
