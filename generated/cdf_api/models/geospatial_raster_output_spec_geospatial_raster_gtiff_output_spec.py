from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_raster_gtiff_output_spec_options import GeospatialRasterGtiffOutputSpecOptions


T = TypeVar("T", bound="GeospatialRasterOutputSpecGeospatialRasterGtiffOutputSpec")


@_attrs_define
class GeospatialRasterOutputSpecGeospatialRasterGtiffOutputSpec(AdditionalProperties):
    """
    Attributes:
        format_ (Literal['GTiff']):
        options (GeospatialRasterGtiffOutputSpecOptions | Unset):
        srid (int | Unset): EPSG code, e.g. 4326. Only valid for geometry types. See
            https://en.wikipedia.org/wiki/Spatial_reference_system Example: 4326.
        scale_x (float | Unset):
        scale_y (float | Unset):
    """

    _FIT = {
        "format": ("c", "GTiff"),
        "options": ("m", "GeospatialRasterGtiffOutputSpecOptions"),
        "srid": "i",
        "scaleX": "n",
        "scaleY": "n",
    }
    _REQUIRED = ("format",)

    format_: Literal["GTiff"]
    options: GeospatialRasterGtiffOutputSpecOptions | Unset = UNSET
    srid: int | Unset = UNSET
    scale_x: float | Unset = UNSET
    scale_y: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        srid = self.srid

        scale_x = self.scale_x

        scale_y = self.scale_y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options
        if srid is not UNSET:
            field_dict["srid"] = srid
        if scale_x is not UNSET:
            field_dict["scaleX"] = scale_x
        if scale_y is not UNSET:
            field_dict["scaleY"] = scale_y

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_raster_gtiff_output_spec_options import GeospatialRasterGtiffOutputSpecOptions  # noqa: PLC0415

        d = dict(src_dict)
        format_ = cast(Literal["GTiff"], d.pop("format"))
        if format_ != "GTiff":
            raise ValueError(f"format must match const 'GTiff', got '{format_}'")

        _options = d.pop("options", UNSET)
        options: GeospatialRasterGtiffOutputSpecOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = GeospatialRasterGtiffOutputSpecOptions.from_dict(_options)

        srid = d.pop("srid", UNSET)

        scale_x = d.pop("scaleX", UNSET)

        scale_y = d.pop("scaleY", UNSET)

        geospatial_raster_output_spec_geospatial_raster_gtiff_output_spec = cls(
            format_=format_,
            options=options,
            srid=srid,
            scale_x=scale_x,
            scale_y=scale_y,
        )

        geospatial_raster_output_spec_geospatial_raster_gtiff_output_spec.additional_properties = d
        return geospatial_raster_output_spec_geospatial_raster_gtiff_output_spec
