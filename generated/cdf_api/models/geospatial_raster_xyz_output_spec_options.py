from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="GeospatialRasterXyzOutputSpecOptions")


@_attrs_define
class GeospatialRasterXyzOutputSpecOptions(AdditionalProperties):
    """
    Attributes:
        significant_digits (int | Unset):
        decimal_precision (int | Unset):
    """

    _FIT = {"SIGNIFICANT_DIGITS": "i", "DECIMAL_PRECISION": "i"}
    _REQUIRED = ()

    significant_digits: int | Unset = UNSET
    decimal_precision: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        significant_digits = self.significant_digits

        decimal_precision = self.decimal_precision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if significant_digits is not UNSET:
            field_dict["SIGNIFICANT_DIGITS"] = significant_digits
        if decimal_precision is not UNSET:
            field_dict["DECIMAL_PRECISION"] = decimal_precision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        significant_digits = d.pop("SIGNIFICANT_DIGITS", UNSET)

        decimal_precision = d.pop("DECIMAL_PRECISION", UNSET)

        geospatial_raster_xyz_output_spec_options = cls(
            significant_digits=significant_digits,
            decimal_precision=decimal_precision,
        )

        geospatial_raster_xyz_output_spec_options.additional_properties = d
        return geospatial_raster_xyz_output_spec_options
