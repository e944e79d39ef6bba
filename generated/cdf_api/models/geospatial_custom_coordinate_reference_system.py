from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="GeospatialCustomCoordinateReferenceSystem")


@_attrs_define
class GeospatialCustomCoordinateReferenceSystem(AdditionalProperties):
    """
    Attributes:
        srid (int): EPSG code, e.g. 4326. Only valid for geometry types. See
            https://en.wikipedia.org/wiki/Spatial_reference_system Example: 4326.
        wkt (str): Well-known text of the geometry, see
            https://docs.geotools.org/stable/javadocs/org/opengis/referencing/doc-files/WKT.html Example: POINT (0 0).
        proj_string (str): The projection specification string as described in https://proj.org/usage/quickstart.html
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
    """

    _FIT = {"srid": "i", "wkt": "s", "projString": "s", "createdTime": "i", "lastUpdatedTime": "i"}
    _REQUIRED = ("srid", "wkt", "projString", "createdTime", "lastUpdatedTime")

    srid: int
    wkt: str
    proj_string: str
    created_time: int
    last_updated_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        srid = self.srid

        wkt = self.wkt

        proj_string = self.proj_string

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "srid": srid,
                "wkt": wkt,
                "projString": proj_string,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        srid = d.pop("srid")

        wkt = d.pop("wkt")

        proj_string = d.pop("projString")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        geospatial_custom_coordinate_reference_system = cls(
            srid=srid,
            wkt=wkt,
            proj_string=proj_string,
            created_time=created_time,
            last_updated_time=last_updated_time,
        )

        geospatial_custom_coordinate_reference_system.additional_properties = d
        return geospatial_custom_coordinate_reference_system
