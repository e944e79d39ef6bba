from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DocumentWordElement")


@_attrs_define
class DocumentWordElement(AdditionalProperties):
    """
    Attributes:
        text (str): The text contained in this element.
        page (int): The page number where the element can be found. Pages start at 1.
        left (float):
        right (float):
        top (float):
        bottom (float):
    """

    _FIT = {"text": "s", "page": "i", "left": "n", "right": "n", "top": "n", "bottom": "n"}
    _REQUIRED = ("text", "page", "left", "right", "top", "bottom")

    text: str
    page: int
    left: float
    right: float
    top: float
    bottom: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        page = self.page

        left = self.left

        right = self.right

        top = self.top

        bottom = self.bottom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "page": page,
                "left": left,
                "right": right,
                "top": top,
                "bottom": bottom,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        page = d.pop("page")

        left = d.pop("left")

        right = d.pop("right")

        top = d.pop("top")

        bottom = d.pop("bottom")

        document_word_element = cls(
            text=text,
            page=page,
            left=left,
            right=right,
            top=top,
            bottom=bottom,
        )

        document_word_element.additional_properties = d
        return document_word_element
