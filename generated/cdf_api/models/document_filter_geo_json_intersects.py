from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_filter_geo_json_intersects_geojson_intersects import (
        DocumentFilterGeoJsonIntersectsGeojsonIntersects,
    )


T = TypeVar("T", bound="DocumentFilterGeoJsonIntersects")


@_attrs_define
class DocumentFilterGeoJsonIntersects(AdditionalProperties):
    """
    Attributes:
        geojson_intersects (DocumentFilterGeoJsonIntersectsGeojsonIntersects): Matches items with geolocations that
            intersect the provided geometry
    """

    _FIT = {"geojsonIntersects": ("m", "DocumentFilterGeoJsonIntersectsGeojsonIntersects")}
    _REQUIRED = ("geojsonIntersects",)

    geojson_intersects: DocumentFilterGeoJsonIntersectsGeojsonIntersects
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        geojson_intersects = self.geojson_intersects.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "geojsonIntersects": geojson_intersects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_filter_geo_json_intersects_geojson_intersects import (
            DocumentFilterGeoJsonIntersectsGeojsonIntersects,  # noqa: PLC0415
        )

        d = dict(src_dict)
        geojson_intersects = DocumentFilterGeoJsonIntersectsGeojsonIntersects.from_dict(d.pop("geojsonIntersects"))

        document_filter_geo_json_intersects = cls(
            geojson_intersects=geojson_intersects,
        )

        document_filter_geo_json_intersects.additional_properties = d
        return document_filter_geo_json_intersects
