from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_geo_json_geometry import DocumentGeoJsonGeometry


T = TypeVar("T", bound="DocumentFilterGeoJsonDisjointGeojsonDisjoint")


@_attrs_define
class DocumentFilterGeoJsonDisjointGeojsonDisjoint(AdditionalProperties):
    """Matches items with geolocations that are disjoint from the provided geometry

    Attributes:
        property_ (list[str]): Property you wish to filter. It's a list of strings to allow specifying nested
            properties.
            For example, If you have the object `{"foo": {"../bar": "baz"}, "bar": 123}`, you can refer to the nested
            property as `["foo", "../bar"]` and the un-nested one as `["bar"]`.
             Example: ['sourceFile', 'name'].
        geometry (DocumentGeoJsonGeometry): GeoJSON Geometry. Example: {'type': 'Point', 'coordinates': [10.74609,
            59.91273]}.
    """

    _FIT = {"property": ("l", "s"), "geometry": ("m", "DocumentGeoJsonGeometry")}
    _REQUIRED = ("property", "geometry")

    property_: list[str]
    geometry: DocumentGeoJsonGeometry
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        geometry = self.geometry.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
                "geometry": geometry,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_geo_json_geometry import DocumentGeoJsonGeometry  # noqa: PLC0415

        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property"))

        geometry = DocumentGeoJsonGeometry.from_dict(d.pop("geometry"))

        document_filter_geo_json_disjoint_geojson_disjoint = cls(
            property_=property_,
            geometry=geometry,
        )

        document_filter_geo_json_disjoint_geojson_disjoint.additional_properties = d
        return document_filter_geo_json_disjoint_geojson_disjoint
