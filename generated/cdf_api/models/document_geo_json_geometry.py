from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DocumentGeoJsonGeometry")


@_attrs_define
class DocumentGeoJsonGeometry(AdditionalProperties):
    """GeoJSON Geometry.

    Example:
        {'type': 'Point', 'coordinates': [10.74609, 59.91273]}

    Attributes:
        type_ (str): Type of the GeoJSON Geometry. When filtering there is a limit of specifying up to 100 positions in
            the data. Example: Point.
        coordinates (list[float] | list[list[float]] | list[list[list[float]]] | Unset): Coordinates of the geometry.
        geometries (list[DocumentGeoJsonGeometry] | Unset): List of geometries for a GeometryCollection. Nested
            GeometryCollection is not supported
    """

    _FIT = {
        "type": "s",
        "coordinates": ("u", (("l", "n"), ("l", ("l", "n")), ("l", ("l", ("l", "n"))))),
        "geometries": ("l", ("m", "DocumentGeoJsonGeometry")),
    }
    _REQUIRED = ("type",)

    type_: str
    coordinates: list[float] | list[list[float]] | list[list[list[float]]] | Unset = UNSET
    geometries: list[DocumentGeoJsonGeometry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        coordinates: list[float] | list[list[float]] | list[list[list[float]]] | Unset
        if isinstance(self.coordinates, Unset):
            coordinates = UNSET
        elif isinstance(self.coordinates, list):
            coordinates = self.coordinates

        elif isinstance(self.coordinates, list):
            coordinates = []
            for coordinates_type_1_item_data in self.coordinates:
                coordinates_type_1_item = coordinates_type_1_item_data

                coordinates.append(coordinates_type_1_item)

        else:
            coordinates = []
            for coordinates_type_2_item_data in self.coordinates:
                coordinates_type_2_item = []
                for coordinates_type_2_item_item_data in coordinates_type_2_item_data:
                    coordinates_type_2_item_item = coordinates_type_2_item_item_data

                    coordinates_type_2_item.append(coordinates_type_2_item_item)

                coordinates.append(coordinates_type_2_item)

        geometries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.geometries, Unset):
            geometries = []
            for geometries_item_data in self.geometries:
                geometries_item = geometries_item_data.to_dict()
                geometries.append(geometries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if coordinates is not UNSET:
            field_dict["coordinates"] = coordinates
        if geometries is not UNSET:
            field_dict["geometries"] = geometries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_coordinates(data: object) -> list[float] | list[list[float]] | list[list[list[float]]] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                coordinates_type_0 = cast(list[float], data)

                return coordinates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                coordinates_type_1 = []
                _coordinates_type_1 = data
                for coordinates_type_1_item_data in _coordinates_type_1:
                    coordinates_type_1_item = cast(list[float], coordinates_type_1_item_data)

                    coordinates_type_1.append(coordinates_type_1_item)

                return coordinates_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            coordinates_type_2 = []
            _coordinates_type_2 = data
            for coordinates_type_2_item_data in _coordinates_type_2:
                coordinates_type_2_item = []
                _coordinates_type_2_item = coordinates_type_2_item_data
                for coordinates_type_2_item_item_data in _coordinates_type_2_item:
                    coordinates_type_2_item_item = cast(list[float], coordinates_type_2_item_item_data)

                    coordinates_type_2_item.append(coordinates_type_2_item_item)

                coordinates_type_2.append(coordinates_type_2_item)

            return coordinates_type_2

        coordinates = _parse_coordinates(d.pop("coordinates", UNSET))

        _geometries = d.pop("geometries", UNSET)
        geometries: list[DocumentGeoJsonGeometry] | Unset = UNSET
        if _geometries is not UNSET:
            geometries = []
            for geometries_item_data in _geometries:
                geometries_item = DocumentGeoJsonGeometry.from_dict(geometries_item_data)

                geometries.append(geometries_item)

        document_geo_json_geometry = cls(
            type_=type_,
            coordinates=coordinates,
            geometries=geometries,
        )

        document_geo_json_geometry.additional_properties = d
        return document_geo_json_geometry
