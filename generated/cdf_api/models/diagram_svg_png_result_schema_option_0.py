from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DiagramSvgPngResultSchemaOption0")


@_attrs_define
class DiagramSvgPngResultSchemaOption0(AdditionalProperties):
    """
    Attributes:
        page (int): The page of the file where the annotations in `annotations` were detected. Example: 1.
        svg_url (str): A signed URL to an interactive SVG version of the engineering diagram (valid for 10 minutes).
            Example: https://storage.googleapis.com/cluster/1234/PH-ME-P-0004-001.svg.
        png_url (str): A signed URL to a PNG version of the engineering diagram (valid for 10 minutes). Example:
            https://storage.googleapis.com/cluster/1234/PH-ME-P-0004-001.png.
    """

    _FIT = {"page": "i", "svgUrl": "s", "pngUrl": "s"}
    _REQUIRED = ("page", "svgUrl", "pngUrl")

    page: int
    svg_url: str
    png_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        svg_url = self.svg_url

        png_url = self.png_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "svgUrl": svg_url,
                "pngUrl": png_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page = d.pop("page")

        svg_url = d.pop("svgUrl")

        png_url = d.pop("pngUrl")

        diagram_svg_png_result_schema_option_0 = cls(
            page=page,
            svg_url=svg_url,
            png_url=png_url,
        )

        diagram_svg_png_result_schema_option_0.additional_properties = d
        return diagram_svg_png_result_schema_option_0
