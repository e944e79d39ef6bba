from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.geospatial_property_reference import GeospatialPropertyReference


T = TypeVar("T", bound="GeospatialPropertyValueAndDistance")


@_attrs_define
class GeospatialPropertyValueAndDistance(AdditionalProperties):
    """
    Attributes:
        property_ (GeospatialPropertyReference | Unset): References a feature property in the context of a filter The
            support for arrays is forward looking for when the geospatial api will have complex properties.
        value (Any | Unset):
        distance (float | Unset):
    """

    _FIT = {"property": ("m", "GeospatialPropertyReference"), "value": None, "distance": "n"}
    _REQUIRED = ()

    property_: GeospatialPropertyReference | Unset = UNSET
    value: Any | Unset = UNSET
    distance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.property_, Unset):
            property_ = self.property_.to_dict()

        value = self.value

        distance = self.distance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if property_ is not UNSET:
            field_dict["property"] = property_
        if value is not UNSET:
            field_dict["value"] = value
        if distance is not UNSET:
            field_dict["distance"] = distance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geospatial_property_reference import GeospatialPropertyReference  # noqa: PLC0415

        d = dict(src_dict)
        _property_ = d.pop("property", UNSET)
        property_: GeospatialPropertyReference | Unset
        if isinstance(_property_, Unset):
            property_ = UNSET
        else:
            property_ = GeospatialPropertyReference.from_dict(_property_)

        value = d.pop("value", UNSET)

        distance = d.pop("distance", UNSET)

        geospatial_property_value_and_distance = cls(
            property_=property_,
            value=value,
            distance=distance,
        )

        geospatial_property_value_and_distance.additional_properties = d
        return geospatial_property_value_and_distance
