from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_bounding_box import AnnotationsBoundingBox
    from ..models.annotations_instance_ref import AnnotationsInstanceRef


T = TypeVar("T", bound="AnnotationsCogmonoAnnotationTypesDiagramsInstanceLink")


@_attrs_define
class AnnotationsCogmonoAnnotationTypesDiagramsInstanceLink(AdditionalProperties):
    """Models a link to an FDM instance referenced in an engineering diagram

    Attributes:
        instance_ref (AnnotationsInstanceRef): A reference to an DMS instance,
            defined by the instance itself and the sources (views)
            that define how the data should be interpreted
        text (str): The extracted text
        text_region (AnnotationsBoundingBox): A plain rectangle
        description (str | Unset): The description of a primitive
        page_number (int | Unset): The number of the page on which this annotation is located. The first page has number
            1.
        symbol_region (AnnotationsBoundingBox | Unset): A plain rectangle
        symbol (str | Unset): The symbol found in the file
    """

    _FIT = {
        "instanceRef": ("m", "AnnotationsInstanceRef"),
        "text": "s",
        "textRegion": ("m", "AnnotationsBoundingBox"),
        "description": "s",
        "pageNumber": "i",
        "symbolRegion": ("m", "AnnotationsBoundingBox"),
        "symbol": "s",
    }
    _REQUIRED = ("instanceRef", "text", "textRegion")

    instance_ref: AnnotationsInstanceRef
    text: str
    text_region: AnnotationsBoundingBox
    description: str | Unset = UNSET
    page_number: int | Unset = UNSET
    symbol_region: AnnotationsBoundingBox | Unset = UNSET
    symbol: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_ref = self.instance_ref.to_dict()

        text = self.text

        text_region = self.text_region.to_dict()

        description = self.description

        page_number = self.page_number

        symbol_region: dict[str, Any] | Unset = UNSET
        if not isinstance(self.symbol_region, Unset):
            symbol_region = self.symbol_region.to_dict()

        symbol = self.symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instanceRef": instance_ref,
                "text": text,
                "textRegion": text_region,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if symbol_region is not UNSET:
            field_dict["symbolRegion"] = symbol_region
        if symbol is not UNSET:
            field_dict["symbol"] = symbol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_bounding_box import AnnotationsBoundingBox  # noqa: PLC0415
        from ..models.annotations_instance_ref import AnnotationsInstanceRef  # noqa: PLC0415

        d = dict(src_dict)
        instance_ref = AnnotationsInstanceRef.from_dict(d.pop("instanceRef"))

        text = d.pop("text")

        text_region = AnnotationsBoundingBox.from_dict(d.pop("textRegion"))

        description = d.pop("description", UNSET)

        page_number = d.pop("pageNumber", UNSET)

        _symbol_region = d.pop("symbolRegion", UNSET)
        symbol_region: AnnotationsBoundingBox | Unset
        if isinstance(_symbol_region, Unset):
            symbol_region = UNSET
        else:
            symbol_region = AnnotationsBoundingBox.from_dict(_symbol_region)

        symbol = d.pop("symbol", UNSET)

        annotations_cogmono_annotation_types_diagrams_instance_link = cls(
            instance_ref=instance_ref,
            text=text,
            text_region=text_region,
            description=description,
            page_number=page_number,
            symbol_region=symbol_region,
            symbol=symbol,
        )

        annotations_cogmono_annotation_types_diagrams_instance_link.additional_properties = d
        return annotations_cogmono_annotation_types_diagrams_instance_link
