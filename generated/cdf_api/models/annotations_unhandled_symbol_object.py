from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_bounding_box import AnnotationsBoundingBox


T = TypeVar("T", bound="AnnotationsUnhandledSymbolObject")


@_attrs_define
class AnnotationsUnhandledSymbolObject(AdditionalProperties):
    """Models an extracted symbol region in an engineering diagram

    Attributes:
        symbol_region (AnnotationsBoundingBox): A plain rectangle
        symbol (str): The symbol found in the file
        description (str | Unset): The description of a primitive
        page_number (int | Unset): The number of the page on which this annotation is located. The first page has number
            1.
    """

    _FIT = {"symbolRegion": ("m", "AnnotationsBoundingBox"), "symbol": "s", "description": "s", "pageNumber": "i"}
    _REQUIRED = ("symbolRegion", "symbol")

    symbol_region: AnnotationsBoundingBox
    symbol: str
    description: str | Unset = UNSET
    page_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol_region = self.symbol_region.to_dict()

        symbol = self.symbol

        description = self.description

        page_number = self.page_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbolRegion": symbol_region,
                "symbol": symbol,
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
        symbol_region = AnnotationsBoundingBox.from_dict(d.pop("symbolRegion"))

        symbol = d.pop("symbol")

        description = d.pop("description", UNSET)

        page_number = d.pop("pageNumber", UNSET)

        annotations_unhandled_symbol_object = cls(
            symbol_region=symbol_region,
            symbol=symbol,
            description=description,
            page_number=page_number,
        )

        annotations_unhandled_symbol_object.additional_properties = d
        return annotations_unhandled_symbol_object
