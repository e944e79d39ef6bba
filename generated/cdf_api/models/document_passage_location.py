from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DocumentPassageLocation")


@_attrs_define
class DocumentPassageLocation(AdditionalProperties):
    """Insight about a search result

    Example:
        {'page': 7, 'left': 68.78, 'right': 478.56, 'top': 75.04, 'bottom': 386.1}

    Attributes:
        page_number (float | Unset):
        left (float | Unset):
        right (float | Unset):
        up (float | Unset):
        bottom (float | Unset):
    """

    _FIT = {"pageNumber": "n", "left": "n", "right": "n", "up": "n", "bottom": "n"}
    _REQUIRED = ()

    page_number: float | Unset = UNSET
    left: float | Unset = UNSET
    right: float | Unset = UNSET
    up: float | Unset = UNSET
    bottom: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_number = self.page_number

        left = self.left

        right = self.right

        up = self.up

        bottom = self.bottom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if left is not UNSET:
            field_dict["left"] = left
        if right is not UNSET:
            field_dict["right"] = right
        if up is not UNSET:
            field_dict["up"] = up
        if bottom is not UNSET:
            field_dict["bottom"] = bottom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page_number = d.pop("pageNumber", UNSET)

        left = d.pop("left", UNSET)

        right = d.pop("right", UNSET)

        up = d.pop("up", UNSET)

        bottom = d.pop("bottom", UNSET)

        document_passage_location = cls(
            page_number=page_number,
            left=left,
            right=right,
            up=up,
            bottom=bottom,
        )

        document_passage_location.additional_properties = d
        return document_passage_location
