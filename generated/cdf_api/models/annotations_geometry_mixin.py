from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.annotations_bounding_box import AnnotationsBoundingBox
    from ..models.annotations_poly_line import AnnotationsPolyLine
    from ..models.annotations_polygon import AnnotationsPolygon


T = TypeVar("T", bound="AnnotationsGeometryMixin")


@_attrs_define
class AnnotationsGeometryMixin(AdditionalProperties):
    """A mixin that can be used to add a geometry to a thing.
    A is geometry represented by exactly *one of* ` bounding_box`, `polygon` and
    `polyline` which, respectively, represents a BoundingBox, Polygon and
    PolyLine.

        Attributes:
            bounding_box (AnnotationsBoundingBox | Unset): A plain rectangle
            polygon (AnnotationsPolygon | Unset): A _closed_ polygon represented by _n_ vertices. In other words, we assume
                that the first and last vertex are connected.
            polyline (AnnotationsPolyLine | Unset): A polygonal chain consisting of _n_ vertices
    """

    _FIT = {
        "boundingBox": ("m", "AnnotationsBoundingBox"),
        "polygon": ("m", "AnnotationsPolygon"),
        "polyline": ("m", "AnnotationsPolyLine"),
    }
    _REQUIRED = ()

    bounding_box: AnnotationsBoundingBox | Unset = UNSET
    polygon: AnnotationsPolygon | Unset = UNSET
    polyline: AnnotationsPolyLine | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bounding_box: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bounding_box, Unset):
            bounding_box = self.bounding_box.to_dict()

        polygon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.polygon, Unset):
            polygon = self.polygon.to_dict()

        polyline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.polyline, Unset):
            polyline = self.polyline.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bounding_box is not UNSET:
            field_dict["boundingBox"] = bounding_box
        if polygon is not UNSET:
            field_dict["polygon"] = polygon
        if polyline is not UNSET:
            field_dict["polyline"] = polyline

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annotations_bounding_box import AnnotationsBoundingBox  # noqa: PLC0415
        from ..models.annotations_poly_line import AnnotationsPolyLine  # noqa: PLC0415
        from ..models.annotations_polygon import AnnotationsPolygon  # noqa: PLC0415

        d = dict(src_dict)
        _bounding_box = d.pop("boundingBox", UNSET)
        bounding_box: AnnotationsBoundingBox | Unset
        if isinstance(_bounding_box, Unset):
            bounding_box = UNSET
        else:
            bounding_box = AnnotationsBoundingBox.from_dict(_bounding_box)

        _polygon = d.pop("polygon", UNSET)
        polygon: AnnotationsPolygon | Unset
        if isinstance(_polygon, Unset):
            polygon = UNSET
        else:
            polygon = AnnotationsPolygon.from_dict(_polygon)

        _polyline = d.pop("polyline", UNSET)
        polyline: AnnotationsPolyLine | Unset
        if isinstance(_polyline, Unset):
            polyline = UNSET
        else:
            polyline = AnnotationsPolyLine.from_dict(_polyline)

        annotations_geometry_mixin = cls(
            bounding_box=bounding_box,
            polygon=polygon,
            polyline=polyline,
        )

        annotations_geometry_mixin.additional_properties = d
        return annotations_geometry_mixin
