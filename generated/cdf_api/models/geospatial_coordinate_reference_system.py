from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="GeospatialCoordinateReferenceSystem")


@_attrs_define
class GeospatialCoordinateReferenceSystem(AdditionalProperties):
    """
    Attributes:
        srid (int): EPSG code, e.g. 4326. Only valid for geometry types. See
            https://en.wikipedia.org/wiki/Spatial_reference_system Example: 4326.
        wkt (str): Well-known text of the geometry, see
            https://docs.geotools.org/stable/javadocs/org/opengis/referencing/doc-files/WKT.html Example: POINT (0 0).
        proj_string (str): The projection specification string as described in https://proj.org/usage/quickstart.html
    """

    _FIT = {"srid": "i", "wkt": "s", "projString": "s"}
    _REQUIRED = ("srid", "wkt", "projString")

    srid: int
    wkt: str
    proj_string: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        srid = self.srid

        wkt = self.wkt

        proj_string = self.proj_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "srid": srid,
                "wkt": wkt,
                "projString": proj_string,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        srid = d.pop("srid")

        wkt = d.pop("wkt")

        proj_string = d.pop("projString")

        geospatial_coordinate_reference_system = cls(
            srid=srid,
            wkt=wkt,
            proj_string=proj_string,
        )

        geospatial_coordinate_reference_system.additional_properties = d
        return geospatial_coordinate_reference_system
