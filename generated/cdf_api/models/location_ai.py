from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="LocationAI")


@_attrs_define
class LocationAI(AdditionalProperties):
    """
    Attributes:
        bottom (float):
        left (float):
        page_number (int): The page number within the file. Page numbers start at 1.
        right (float):
        top (float):
    """

    _FIT = {"bottom": "n", "left": "n", "pageNumber": "i", "right": "n", "top": "n"}
    _REQUIRED = ("bottom", "left", "pageNumber", "right", "top")

    bottom: float
    left: float
    page_number: int
    right: float
    top: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bottom = self.bottom

        left = self.left

        page_number = self.page_number

        right = self.right

        top = self.top

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bottom": bottom,
                "left": left,
                "pageNumber": page_number,
                "right": right,
                "top": top,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bottom = d.pop("bottom")

        left = d.pop("left")

        page_number = d.pop("pageNumber")

        right = d.pop("right")

        top = d.pop("top")

        location_ai = cls(
            bottom=bottom,
            left=left,
            page_number=page_number,
            right=right,
            top=top,
        )

        location_ai.additional_properties = d
        return location_ai
