from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.geospatial_property_type import GeospatialPropertyType
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="GeospatialFeatureTypeProperty")


@_attrs_define
class GeospatialFeatureTypeProperty(AdditionalProperties):
    """
    Attributes:
        type_ (GeospatialPropertyType): Property type
        description (str | Unset): The description of the property
        srid (int | Unset): EPSG code, e.g. 4326. Only valid for geometry types. See
            https://en.wikipedia.org/wiki/Spatial_reference_system Example: 4326.
        size (int | Unset): Maximal length of string. Only valid for string type.
        optional (bool | Unset): Indicate if property is nullable. Default is false.
    """

    _FIT = {"type": "s", "description": "s", "srid": "i", "size": "i", "optional": "b"}
    _REQUIRED = ("type",)

    type_: GeospatialPropertyType
    description: str | Unset = UNSET
    srid: int | Unset = UNSET
    size: int | Unset = UNSET
    optional: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        description = self.description

        srid = self.srid

        size = self.size

        optional = self.optional

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if srid is not UNSET:
            field_dict["srid"] = srid
        if size is not UNSET:
            field_dict["size"] = size
        if optional is not UNSET:
            field_dict["optional"] = optional

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = GeospatialPropertyType(d.pop("type"))

        description = d.pop("description", UNSET)

        srid = d.pop("srid", UNSET)

        size = d.pop("size", UNSET)

        optional = d.pop("optional", UNSET)

        geospatial_feature_type_property = cls(
            type_=type_,
            description=description,
            srid=srid,
            size=size,
            optional=optional,
        )

        geospatial_feature_type_property.additional_properties = d
        return geospatial_feature_type_property
