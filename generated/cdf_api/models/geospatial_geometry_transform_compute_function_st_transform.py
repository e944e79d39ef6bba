from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.geospatial_geometry_value_compute_function import GeospatialGeometryValueComputeFunction


T = TypeVar("T", bound="GeospatialGeometryTransformComputeFunctionStTransform")


@_attrs_define
class GeospatialGeometryTransformComputeFunctionStTransform(AdditionalProperties):
    """
    Attributes:
        geometry (GeospatialGeometryValueComputeFunction):
        srid (int): EPSG code, e.g. 4326. Only valid for geometry types. See
            https://en.wikipedia.org/wiki/Spatial_reference_system Example: 4326.
    """

    _FIT = {"geometry": ("m", "GeospatialGeometryValueComputeFunction"), "srid": "i"}
    _REQUIRED = ("geometry", "srid")

    geometry: GeospatialGeometryValueComputeFunction
    srid: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        geometry = self.geometry.to_dict()

        srid = self.srid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "geometry": geometry,
                "srid": srid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_geometry_value_compute_function import GeospatialGeometryValueComputeFunction  # noqa: PLC0415

        d = dict(src_dict)
        geometry = GeospatialGeometryValueComputeFunction.from_dict(d.pop("geometry"))

        srid = d.pop("srid")

        geospatial_geometry_transform_compute_function_st_transform = cls(
            geometry=geometry,
            srid=srid,
        )

        geospatial_geometry_transform_compute_function_st_transform.additional_properties = d
        return geospatial_geometry_transform_compute_function_st_transform
