from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_bounding_box import AnnotationsBoundingBox


T = TypeVar("T", bound="AnnotationsUnhandledTextObject")


@_attrs_define
class AnnotationsUnhandledTextObject(AdditionalProperties):
    """Models an extracted text region in an engineering diagram

    Attributes:
        text_region (AnnotationsBoundingBox): A plain rectangle
        text (str): The extracted text
        description (str | Unset): The description of a primitive
        page_number (int | Unset): The number of the page on which this annotation is located. The first page has number
            1.
    """

    _FIT = {"textRegion": ("m", "AnnotationsBoundingBox"), "text": "s", "description": "s", "pageNumber": "i"}
    _REQUIRED = ("textRegion", "text")

    text_region: AnnotationsBoundingBox
    text: str
    description: str | Unset = UNSET
    page_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_region = self.text_region.to_dict()

        text = self.text

        description = self.description

        page_number = self.page_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "textRegion": text_region,
                "text": text,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_bounding_box import AnnotationsBoundingBox  # noqa: PLC0415

        d = dict(src_dict)
        text_region = AnnotationsBoundingBox.from_dict(d.pop("textRegion"))

        text = d.pop("text")

        description = d.pop("description", UNSET)

        page_number = d.pop("pageNumber", UNSET)

        annotations_unhandled_text_object = cls(
            text_region=text_region,
            text=text,
            description=description,
            page_number=page_number,
        )

        annotations_unhandled_text_object.additional_properties = d
        return annotations_unhandled_text_object
