from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.geo_location_filter_relation import GeoLocationFilterRelation
from ..types import best_first

if TYPE_CHECKING:
    from ..models.line_string import LineString
    from ..models.multi_line_string import MultiLineString
    from ..models.multi_polygon import MultiPolygon
    from ..models.point import Point
    from ..models.polygon import Polygon


T = TypeVar("T", bound="GeoLocationFilter")


@_attrs_define
class GeoLocationFilter:
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
        from ..models.line_string import LineString  # noqa: PLC0415
        from ..models.multi_line_string import MultiLineString  # noqa: PLC0415
        from ..models.point import Point  # noqa: PLC0415
        from ..models.polygon import Polygon  # noqa: PLC0415

        relation = self.relation.value

        shape: dict[str, Any]
        if isinstance(self.shape, Point):
            shape = self.shape.to_dict()
        elif isinstance(self.shape, LineString):
            shape = self.shape.to_dict()
        elif isinstance(self.shape, Polygon):
            shape = self.shape.to_dict()
        elif isinstance(self.shape, MultiLineString):
            shape = self.shape.to_dict()
        else:
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
            if isinstance(data, dict):
                _ranked = best_first(
                    data,
                    (
                        Point,
                        LineString,
                        Polygon,
                        MultiLineString,
                        MultiPolygon,
                    ),
                )
                for _cls in _ranked[:-1]:
                    try:
                        return _cls.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                return _ranked[-1].from_dict(data)
            raise TypeError(f"expected an object, got {type(data).__name__}")

        shape = _parse_shape(d.pop("shape"))

        geo_location_filter = cls(
            relation=relation,
            shape=shape,
        )

        geo_location_filter.additional_properties = d
        return geo_location_filter

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
