from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="GeospatialRasterCommonOutputSpec")


@_attrs_define
class GeospatialRasterCommonOutputSpec(AdditionalProperties):
    """
    Attributes:
        srid (int | Unset): EPSG code, e.g. 4326. Only valid for geometry types. See
            https://en.wikipedia.org/wiki/Spatial_reference_system Example: 4326.
        scale_x (float | Unset):
        scale_y (float | Unset):
    """

    _FIT = {"srid": "i", "scaleX": "n", "scaleY": "n"}
    _REQUIRED = ()

    srid: int | Unset = UNSET
    scale_x: float | Unset = UNSET
    scale_y: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        srid = self.srid

        scale_x = self.scale_x

        scale_y = self.scale_y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if srid is not UNSET:
            field_dict["srid"] = srid
        if scale_x is not UNSET:
            field_dict["scaleX"] = scale_x
        if scale_y is not UNSET:
            field_dict["scaleY"] = scale_y

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        srid = d.pop("srid", UNSET)

        scale_x = d.pop("scaleX", UNSET)

        scale_y = d.pop("scaleY", UNSET)

        geospatial_raster_common_output_spec = cls(
            srid=srid,
            scale_x=scale_x,
            scale_y=scale_y,
        )

        geospatial_raster_common_output_spec.additional_properties = d
        return geospatial_raster_common_output_spec
