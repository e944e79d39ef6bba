from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.path_styles_dict import PathStylesDict
    from ..models.paths_dict import PathsDict


T = TypeVar("T", bound="SvgData")


@_attrs_define
class SvgData(AdditionalProperties):
    """SVG data extracted for a file.

    Attributes:
        height (float): Height attribute of the SVG diagram
        paths (PathsDict): Map representation of paths
        path_styles (PathStylesDict): Map linking styleIds to SVG path style properties
        view_box (str): ViewBox attribute of the SVG diagram
        width (float): Width attribute of the SVG diagram
    """

    _FIT = {
        "height": "n",
        "paths": ("m", "PathsDict"),
        "pathStyles": ("m", "PathStylesDict"),
        "viewBox": "s",
        "width": "n",
    }
    _REQUIRED = ("height", "paths", "pathStyles", "viewBox", "width")

    height: float
    paths: PathsDict
    path_styles: PathStylesDict
    view_box: str
    width: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        height = self.height

        paths = self.paths.to_dict()

        path_styles = self.path_styles.to_dict()

        view_box = self.view_box

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "height": height,
                "paths": paths,
                "pathStyles": path_styles,
                "viewBox": view_box,
                "width": width,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.path_styles_dict import PathStylesDict  # noqa: PLC0415
        from ..models.paths_dict import PathsDict  # noqa: PLC0415

        d = dict(src_dict)
        height = d.pop("height")

        paths = PathsDict.from_dict(d.pop("paths"))

        path_styles = PathStylesDict.from_dict(d.pop("pathStyles"))

        view_box = d.pop("viewBox")

        width = d.pop("width")

        svg_data = cls(
            height=height,
            paths=paths,
            path_styles=path_styles,
            view_box=view_box,
            width=width,
        )

        svg_data.additional_properties = d
        return svg_data
