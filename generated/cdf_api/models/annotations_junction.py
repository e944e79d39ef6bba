from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_point import AnnotationsPoint


T = TypeVar("T", bound="AnnotationsJunction")


@_attrs_define
class AnnotationsJunction(AdditionalProperties):
    """Models a junction between lines in an engineering diagram

    Attributes:
        position (AnnotationsPoint): Point in a 2D-Cartesian coordinate system with origin at the top-left corner of the
            page
        page_number (int | Unset): The number of the page on which this annotation is located. The first page has number
            1.
    """

    _FIT = {"position": ("m", "AnnotationsPoint"), "pageNumber": "i"}
    _REQUIRED = ("position",)

    position: AnnotationsPoint
    page_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position = self.position.to_dict()

        page_number = self.page_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position": position,
            }
        )
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_point import AnnotationsPoint  # noqa: PLC0415

        d = dict(src_dict)
        position = AnnotationsPoint.from_dict(d.pop("position"))

        page_number = d.pop("pageNumber", UNSET)

        annotations_junction = cls(
            position=position,
            page_number=page_number,
        )

        annotations_junction.additional_properties = d
        return annotations_junction
