from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="GeospatialRasterGtiffOutputSpecOptions")


@_attrs_define
class GeospatialRasterGtiffOutputSpecOptions(AdditionalProperties):
    """
    Attributes:
        jpeg_quality (int | Unset):
    """

    _FIT = {"JPEG_QUALITY": "i"}
    _REQUIRED = ()

    jpeg_quality: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jpeg_quality = self.jpeg_quality

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jpeg_quality is not UNSET:
            field_dict["JPEG_QUALITY"] = jpeg_quality

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jpeg_quality = d.pop("JPEG_QUALITY", UNSET)

        geospatial_raster_gtiff_output_spec_options = cls(
            jpeg_quality=jpeg_quality,
        )

        geospatial_raster_gtiff_output_spec_options.additional_properties = d
        return geospatial_raster_gtiff_output_spec_options
