from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_poly_line import AnnotationsPolyLine


T = TypeVar("T", bound="AnnotationsLine")


@_attrs_define
class AnnotationsLine(AdditionalProperties):
    """Models a line in an engineering diagram

    Attributes:
        label (str): The label describing what type of object it is
        polyline (AnnotationsPolyLine): A polygonal chain consisting of _n_ vertices
        page_number (int | Unset): The number of the page on which this annotation is located. The first page has number
            1.
    """

    _FIT = {"label": "s", "polyline": ("m", "AnnotationsPolyLine"), "pageNumber": "i"}
    _REQUIRED = ("label", "polyline")

    label: str
    polyline: AnnotationsPolyLine
    page_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        polyline = self.polyline.to_dict()

        page_number = self.page_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "polyline": polyline,
            }
        )
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_poly_line import AnnotationsPolyLine  # noqa: PLC0415

        d = dict(src_dict)
        label = d.pop("label")

        polyline = AnnotationsPolyLine.from_dict(d.pop("polyline"))

        page_number = d.pop("pageNumber", UNSET)

        annotations_line = cls(
            label=label,
            polyline=polyline,
            page_number=page_number,
        )

        annotations_line.additional_properties = d
        return annotations_line
