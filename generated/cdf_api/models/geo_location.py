from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.geo_location_properties import GeoLocationProperties
    from ..models.line_string import LineString
    from ..models.multi_line_string import MultiLineString
    from ..models.multi_point import MultiPoint
    from ..models.multi_polygon import MultiPolygon
    from ..models.point import Point
    from ..models.polygon import Polygon


T = TypeVar("T", bound="GeoLocation")


@_attrs_define
class GeoLocation(AdditionalProperties):
    """Geographic metadata.

    Attributes:
        type_ (Literal['Feature']): One of the GeoJSON types. Currently only the 'Feature' type is supported.
        geometry (LineString | MultiLineString | MultiPoint | MultiPolygon | Point | Polygon): Represents the points,
            curves and surfaces in the coordinate space.
        properties (GeoLocationProperties | Unset): Additional properties in a String key -> Object value format.
    """

    _FIT = {
        "type": ("c", "Feature"),
        "geometry": (
            "u",
            (
                ("m", "Point"),
                ("m", "LineString"),
                ("m", "Polygon"),
                ("m", "MultiPoint"),
                ("m", "MultiLineString"),
                ("m", "MultiPolygon"),
            ),
        ),
        "properties": ("m", "GeoLocationProperties"),
    }
    _REQUIRED = ("type", "geometry")

    type_: Literal["Feature"]
    geometry: LineString | MultiLineString | MultiPoint | MultiPolygon | Point | Polygon
    properties: GeoLocationProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        geometry: dict[str, Any]
        geometry = self.geometry.to_dict()

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "geometry": geometry,
            }
        )
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geo_location_properties import GeoLocationProperties  # noqa: PLC0415
        from ..models.line_string import LineString  # noqa: PLC0415
        from ..models.multi_line_string import MultiLineString  # noqa: PLC0415
        from ..models.multi_point import MultiPoint  # noqa: PLC0415
        from ..models.multi_polygon import MultiPolygon  # noqa: PLC0415
        from ..models.point import Point  # noqa: PLC0415
        from ..models.polygon import Polygon  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["Feature"], d.pop("type"))
        if type_ != "Feature":
            raise ValueError(f"type must match const 'Feature', got '{type_}'")

        def _parse_geometry(data: object) -> LineString | MultiLineString | MultiPoint | MultiPolygon | Point | Polygon:
            return parse_best(data, (Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon))

        geometry = _parse_geometry(d.pop("geometry"))

        _properties = d.pop("properties", UNSET)
        properties: GeoLocationProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = GeoLocationProperties.from_dict(_properties)

        geo_location = cls(
            type_=type_,
            geometry=geometry,
            properties=properties,
        )

        geo_location.additional_properties = d
        return geo_location
