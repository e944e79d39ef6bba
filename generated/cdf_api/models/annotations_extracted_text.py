from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_bounding_box import AnnotationsBoundingBox


T = TypeVar("T", bound="AnnotationsExtractedText")


@_attrs_define
class AnnotationsExtractedText(AdditionalProperties):
    """Represents text extracted from a document. Annotations of this type are low-level and not specific to any domain.

    Attributes:
        text_region (AnnotationsBoundingBox): A plain rectangle
        extracted_text (str): The extracted text
        page_number (int | Unset): The number of the page on which this annotation is located. The first page has number
            1.
    """

    _FIT = {"textRegion": ("m", "AnnotationsBoundingBox"), "extractedText": "s", "pageNumber": "i"}
    _REQUIRED = ("textRegion", "extractedText")

    text_region: AnnotationsBoundingBox
    extracted_text: str
    page_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_region = self.text_region.to_dict()

        extracted_text = self.extracted_text

        page_number = self.page_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "textRegion": text_region,
                "extractedText": extracted_text,
            }
        )
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_bounding_box import AnnotationsBoundingBox  # noqa: PLC0415

        d = dict(src_dict)
        text_region = AnnotationsBoundingBox.from_dict(d.pop("textRegion"))

        extracted_text = d.pop("extractedText")

        page_number = d.pop("pageNumber", UNSET)

        annotations_extracted_text = cls(
            text_region=text_region,
            extracted_text=extracted_text,
            page_number=page_number,
        )

        annotations_extracted_text.additional_properties = d
        return annotations_extracted_text
