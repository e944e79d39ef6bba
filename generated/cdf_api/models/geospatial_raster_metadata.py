from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="GeospatialRasterMetadata")


@_attrs_define
class GeospatialRasterMetadata(AdditionalProperties):
    """
    Attributes:
        srid (int | Unset):
        width (int | Unset):
        height (int | Unset):
        num_bands (int | Unset):
        scale_x (float | Unset):
        scale_y (float | Unset):
        skew_x (float | Unset):
        skew_y (float | Unset):
        upper_left_x (float | Unset):
        upper_left_y (float | Unset):
    """

    _FIT = {
        "srid": "i",
        "width": "i",
        "height": "i",
        "numBands": "i",
        "scaleX": "n",
        "scaleY": "n",
        "skewX": "n",
        "skewY": "n",
        "upperLeftX": "n",
        "upperLeftY": "n",
    }
    _REQUIRED = ()

    srid: int | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    num_bands: int | Unset = UNSET
    scale_x: float | Unset = UNSET
    scale_y: float | Unset = UNSET
    skew_x: float | Unset = UNSET
    skew_y: float | Unset = UNSET
    upper_left_x: float | Unset = UNSET
    upper_left_y: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        srid = self.srid

        width = self.width

        height = self.height

        num_bands = self.num_bands

        scale_x = self.scale_x

        scale_y = self.scale_y

        skew_x = self.skew_x

        skew_y = self.skew_y

        upper_left_x = self.upper_left_x

        upper_left_y = self.upper_left_y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if srid is not UNSET:
            field_dict["srid"] = srid
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if num_bands is not UNSET:
            field_dict["numBands"] = num_bands
        if scale_x is not UNSET:
            field_dict["scaleX"] = scale_x
        if scale_y is not UNSET:
            field_dict["scaleY"] = scale_y
        if skew_x is not UNSET:
            field_dict["skewX"] = skew_x
        if skew_y is not UNSET:
            field_dict["skewY"] = skew_y
        if upper_left_x is not UNSET:
            field_dict["upperLeftX"] = upper_left_x
        if upper_left_y is not UNSET:
            field_dict["upperLeftY"] = upper_left_y

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        srid = d.pop("srid", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        num_bands = d.pop("numBands", UNSET)

        scale_x = d.pop("scaleX", UNSET)

        scale_y = d.pop("scaleY", UNSET)

        skew_x = d.pop("skewX", UNSET)

        skew_y = d.pop("skewY", UNSET)

        upper_left_x = d.pop("upperLeftX", UNSET)

        upper_left_y = d.pop("upperLeftY", UNSET)

        geospatial_raster_metadata = cls(
            srid=srid,
            width=width,
            height=height,
            num_bands=num_bands,
            scale_x=scale_x,
            scale_y=scale_y,
            skew_x=skew_x,
            skew_y=skew_y,
            upper_left_x=upper_left_x,
            upper_left_y=upper_left_y,
        )

        geospatial_raster_metadata.additional_properties = d
        return geospatial_raster_metadata
