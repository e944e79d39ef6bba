from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_raster_xyz_output_spec_options import GeospatialRasterXyzOutputSpecOptions


T = TypeVar("T", bound="GeospatialRasterXyzOutputSpec")


@_attrs_define
class GeospatialRasterXyzOutputSpec(AdditionalProperties):
    """XYZ specification for the output raster

    Attributes:
        format_ (Literal['XYZ']):
        options (GeospatialRasterXyzOutputSpecOptions | Unset):
    """

    _FIT = {"format": ("c", "XYZ"), "options": ("m", "GeospatialRasterXyzOutputSpecOptions")}
    _REQUIRED = ("format",)

    format_: Literal["XYZ"]
    options: GeospatialRasterXyzOutputSpecOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_raster_xyz_output_spec_options import GeospatialRasterXyzOutputSpecOptions  # noqa: PLC0415

        d = dict(src_dict)
        format_ = cast(Literal["XYZ"], d.pop("format"))
        if format_ != "XYZ":
            raise ValueError(f"format must match const 'XYZ', got '{format_}'")

        _options = d.pop("options", UNSET)
        options: GeospatialRasterXyzOutputSpecOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = GeospatialRasterXyzOutputSpecOptions.from_dict(_options)

        geospatial_raster_xyz_output_spec = cls(
            format_=format_,
            options=options,
        )

        geospatial_raster_xyz_output_spec.additional_properties = d
        return geospatial_raster_xyz_output_spec
