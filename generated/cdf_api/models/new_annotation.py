from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.new_annotation_region import NewAnnotationRegion


T = TypeVar("T", bound="NewAnnotation")


@_attrs_define
class NewAnnotation(AdditionalProperties):
    """
    Attributes:
        text (str): The text and entities detected by the service. Example: 21-PT-1019.
        region (NewAnnotationRegion):
        confidence (float | Unset): The confidence for the detection. Example: 0.5.
    """

    _FIT = {"text": "s", "region": ("m", "NewAnnotationRegion"), "confidence": "n"}
    _REQUIRED = ("text", "region")

    text: str
    region: NewAnnotationRegion
    confidence: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        region = self.region.to_dict()

        confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "region": region,
            }
        )
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_annotation_region import NewAnnotationRegion  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        region = NewAnnotationRegion.from_dict(d.pop("region"))

        confidence = d.pop("confidence", UNSET)

        new_annotation = cls(
            text=text,
            region=region,
            confidence=confidence,
        )

        new_annotation.additional_properties = d
        return new_annotation
