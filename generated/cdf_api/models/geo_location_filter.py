from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.geo_location_filter_relation import GeoLocationFilterRelation
from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.line_string import LineString
    from ..models.multi_line_string import MultiLineString
    from ..models.multi_polygon import MultiPolygon
    from ..models.point import Point
    from ..models.polygon import Polygon


T = TypeVar("T", bound="GeoLocationFilter")


@_attrs_define
class GeoLocationFilter(AdditionalProperties):
    """Only include files matching the specified geographic relation.

    Attributes:
        relation (GeoLocationFilterRelation): One of the supported queries.
        shape (LineString | MultiLineString | MultiPolygon | Point | Polygon): Represents the points, curves and
            surfaces in the coordinate space.
    """

    _FIT = {
        "relation": "s",
        "shape": (
            "u",
            (("m", "Point"), ("m", "LineString"), ("m", "Polygon"), ("m", "MultiLineString"), ("m", "MultiPolygon")),
        ),
    }
    _REQUIRED = ("relation", "shape")

    relation: GeoLocationFilterRelation
    shape: LineString | MultiLineString | MultiPolygon | Point | Polygon
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relation = self.relation.value

        shape: dict[str, Any]
        shape = self.shape.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "relation": relation,
                "shape": shape,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_string import LineString  # noqa: PLC0415
        from ..models.multi_line_string import MultiLineString  # noqa: PLC0415
        from ..models.multi_polygon import MultiPolygon  # noqa: PLC0415
        from ..models.point import Point  # noqa: PLC0415
        from ..models.polygon import Polygon  # noqa: PLC0415

        d = dict(src_dict)
        relation = GeoLocationFilterRelation(d.pop("relation"))

        def _parse_shape(data: object) -> LineString | MultiLineString | MultiPolygon | Point | Polygon:
            return parse_best(data, (Point, LineString, Polygon, MultiLineString, MultiPolygon))

        shape = _parse_shape(d.pop("shape"))

        geo_location_filter = cls(
            relation=relation,
            shape=shape,
        )

        geo_location_filter.additional_properties = d
        return geo_location_filter
