from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_bounding_box import AnnotationsBoundingBox


T = TypeVar("T", bound="AnnotationsFileLink")


@_attrs_define
class AnnotationsFileLink(AdditionalProperties):
    """Models a link to a CDF File referenced in an engineering diagram

    Attributes:
        file_ref (Any): A reference to a file. Either the internal ID or the external ID must be provided (exactly one).
        text_region (AnnotationsBoundingBox): A plain rectangle
        description (str | Unset): The description of a primitive
        page_number (int | Unset): The number of the page on which this annotation is located. The first page has number
            1.
        symbol_region (AnnotationsBoundingBox | Unset): A plain rectangle
        text (str | Unset): The extracted text
        symbol (str | Unset): The symbol found in the file
    """

    _FIT = {
        "fileRef": ("u", (None,)),
        "textRegion": ("m", "AnnotationsBoundingBox"),
        "description": "s",
        "pageNumber": "i",
        "symbolRegion": ("m", "AnnotationsBoundingBox"),
        "text": "s",
        "symbol": "s",
    }
    _REQUIRED = ("fileRef", "textRegion")

    file_ref: Any
    text_region: AnnotationsBoundingBox
    description: str | Unset = UNSET
    page_number: int | Unset = UNSET
    symbol_region: AnnotationsBoundingBox | Unset = UNSET
    text: str | Unset = UNSET
    symbol: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_ref: Any
        file_ref = self.file_ref

        text_region = self.text_region.to_dict()

        description = self.description

        page_number = self.page_number

        symbol_region: dict[str, Any] | Unset = UNSET
        if not isinstance(self.symbol_region, Unset):
            symbol_region = self.symbol_region.to_dict()

        text = self.text

        symbol = self.symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileRef": file_ref,
                "textRegion": text_region,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if symbol_region is not UNSET:
            field_dict["symbolRegion"] = symbol_region
        if text is not UNSET:
            field_dict["text"] = text
        if symbol is not UNSET:
            field_dict["symbol"] = symbol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_bounding_box import AnnotationsBoundingBox  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_file_ref(data: object) -> Any:
            return cast(Any, data)

        file_ref = _parse_file_ref(d.pop("fileRef"))

        text_region = AnnotationsBoundingBox.from_dict(d.pop("textRegion"))

        description = d.pop("description", UNSET)

        page_number = d.pop("pageNumber", UNSET)

        _symbol_region = d.pop("symbolRegion", UNSET)
        symbol_region: AnnotationsBoundingBox | Unset
        if isinstance(_symbol_region, Unset):
            symbol_region = UNSET
        else:
            symbol_region = AnnotationsBoundingBox.from_dict(_symbol_region)

        text = d.pop("text", UNSET)

        symbol = d.pop("symbol", UNSET)

        annotations_file_link = cls(
            file_ref=file_ref,
            text_region=text_region,
            description=description,
            page_number=page_number,
            symbol_region=symbol_region,
            text=text,
            symbol=symbol,
        )

        annotations_file_link.additional_properties = d
        return annotations_file_link
