from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="GeospatialGeometryValueComputeFunction")


@_attrs_define
class GeospatialGeometryValueComputeFunction(AdditionalProperties):
    """
    Attributes:
        ewkt (str): Well-known text of the geometry prefixed with a spatial reference identifier, see
            https://docs.geotools.org/stable/javadocs/org/opengis/referencing/doc-files/WKT.html Example: SRID=4326;POINT(0
            0).
    """

    _FIT = {"ewkt": "s"}
    _REQUIRED = ("ewkt",)

    ewkt: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ewkt = self.ewkt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ewkt": ewkt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ewkt = d.pop("ewkt")

        geospatial_geometry_value_compute_function = cls(
            ewkt=ewkt,
        )

        geospatial_geometry_value_compute_function.additional_properties = d
        return geospatial_geometry_value_compute_function
