from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_filter_geo_json_disjoint_geojson_disjoint import DocumentFilterGeoJsonDisjointGeojsonDisjoint


T = TypeVar("T", bound="DocumentFilterGeoJsonDisjoint")


@_attrs_define
class DocumentFilterGeoJsonDisjoint(AdditionalProperties):
    """
    Attributes:
        geojson_disjoint (DocumentFilterGeoJsonDisjointGeojsonDisjoint): Matches items with geolocations that are
            disjoint from the provided geometry
    """

    _FIT = {"geojsonDisjoint": ("m", "DocumentFilterGeoJsonDisjointGeojsonDisjoint")}
    _REQUIRED = ("geojsonDisjoint",)

    geojson_disjoint: DocumentFilterGeoJsonDisjointGeojsonDisjoint
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        geojson_disjoint = self.geojson_disjoint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "geojsonDisjoint": geojson_disjoint,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_filter_geo_json_disjoint_geojson_disjoint import (
            DocumentFilterGeoJsonDisjointGeojsonDisjoint,  # noqa: PLC0415
        )

        d = dict(src_dict)
        geojson_disjoint = DocumentFilterGeoJsonDisjointGeojsonDisjoint.from_dict(d.pop("geojsonDisjoint"))

        document_filter_geo_json_disjoint = cls(
            geojson_disjoint=geojson_disjoint,
        )

        document_filter_geo_json_disjoint.additional_properties = d
        return document_filter_geo_json_disjoint
