from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_filter_geo_json_within_geojson_within import DocumentFilterGeoJsonWithinGeojsonWithin


T = TypeVar("T", bound="DocumentFilterGeoJsonWithin")


@_attrs_define
class DocumentFilterGeoJsonWithin(AdditionalProperties):
    """
    Attributes:
        geojson_within (DocumentFilterGeoJsonWithinGeojsonWithin): Matches items with geolocations that are within the
            provided geometry
    """

    _FIT = {"geojsonWithin": ("m", "DocumentFilterGeoJsonWithinGeojsonWithin")}
    _REQUIRED = ("geojsonWithin",)

    geojson_within: DocumentFilterGeoJsonWithinGeojsonWithin
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        geojson_within = self.geojson_within.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "geojsonWithin": geojson_within,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_filter_geo_json_within_geojson_within import DocumentFilterGeoJsonWithinGeojsonWithin  # noqa: PLC0415

        d = dict(src_dict)
        geojson_within = DocumentFilterGeoJsonWithinGeojsonWithin.from_dict(d.pop("geojsonWithin"))

        document_filter_geo_json_within = cls(
            geojson_within=geojson_within,
        )

        document_filter_geo_json_within.additional_properties = d
        return document_filter_geo_json_within
