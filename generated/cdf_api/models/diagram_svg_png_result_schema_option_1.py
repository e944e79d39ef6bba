from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DiagramSvgPngResultSchemaOption1")


@_attrs_define
class DiagramSvgPngResultSchemaOption1(AdditionalProperties):
    """
    Attributes:
        page (int): The page of the file where the annotations in `annotations` were detected. Example: 1.
        error_message (str): The error message for the page and file.
    """

    _FIT = {"page": "i", "errorMessage": "s"}
    _REQUIRED = ("page", "errorMessage")

    page: int
    error_message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "errorMessage": error_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page = d.pop("page")

        error_message = d.pop("errorMessage")

        diagram_svg_png_result_schema_option_1 = cls(
            page=page,
            error_message=error_message,
        )

        diagram_svg_png_result_schema_option_1.additional_properties = d
        return diagram_svg_png_result_schema_option_1
