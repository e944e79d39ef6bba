from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.diagram_ocr_annotation_schema import DiagramOcrAnnotationSchema


T = TypeVar("T", bound="DiagramOcrPageSchema")


@_attrs_define
class DiagramOcrPageSchema(AdditionalProperties):
    """Contains OCR data for a single page.

    Attributes:
        height (float | Unset): The height of the page in pixels.
        width (float | Unset): The width of the page in pixels.
        annotations (list[DiagramOcrAnnotationSchema] | Unset): Annotations representing detected text with location.
        page (int | Unset): The page number of the page.
        updated_timestamp (int | Unset): The time in milliseconds since epoch when the ocr result was last updated.
    """

    _FIT = {
        "height": "n",
        "width": "n",
        "annotations": ("l", ("m", "DiagramOcrAnnotationSchema")),
        "page": "i",
        "updatedTimestamp": "i",
    }
    _REQUIRED = ()

    height: float | Unset = UNSET
    width: float | Unset = UNSET
    annotations: list[DiagramOcrAnnotationSchema] | Unset = UNSET
    page: int | Unset = UNSET
    updated_timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        height = self.height

        width = self.width

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item = annotations_item_data.to_dict()
                annotations.append(annotations_item)

        page = self.page

        updated_timestamp = self.updated_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if page is not UNSET:
            field_dict["page"] = page
        if updated_timestamp is not UNSET:
            field_dict["updatedTimestamp"] = updated_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diagram_ocr_annotation_schema import DiagramOcrAnnotationSchema  # noqa: PLC0415

        d = dict(src_dict)
        height = d.pop("height", UNSET)

        width = d.pop("width", UNSET)

        _annotations = d.pop("annotations", UNSET)
        annotations: list[DiagramOcrAnnotationSchema] | Unset = UNSET
        if _annotations is not UNSET:
            annotations = []
            for annotations_item_data in _annotations:
                annotations_item = DiagramOcrAnnotationSchema.from_dict(annotations_item_data)

                annotations.append(annotations_item)

        page = d.pop("page", UNSET)

        updated_timestamp = d.pop("updatedTimestamp", UNSET)

        diagram_ocr_page_schema = cls(
            height=height,
            width=width,
            annotations=annotations,
            page=page,
            updated_timestamp=updated_timestamp,
        )

        diagram_ocr_page_schema.additional_properties = d
        return diagram_ocr_page_schema
