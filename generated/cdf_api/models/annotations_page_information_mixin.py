from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AnnotationsPageInformationMixin")


@_attrs_define
class AnnotationsPageInformationMixin(AdditionalProperties):
    """Mixin that can be used to add page number information

    Attributes:
        page_number (int | Unset): The number of the page on which this annotation is located. The first page has number
            1.
    """

    _FIT = {"pageNumber": "i"}
    _REQUIRED = ()

    page_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_number = self.page_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page_number = d.pop("pageNumber", UNSET)

        annotations_page_information_mixin = cls(
            page_number=page_number,
        )

        annotations_page_information_mixin.additional_properties = d
        return annotations_page_information_mixin
