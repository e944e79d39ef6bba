from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.geo_location import GeoLocation


T = TypeVar("T", bound="SetGeoLocation")


@_attrs_define
class SetGeoLocation(AdditionalProperties):
    """
    Attributes:
        set_ (GeoLocation): Geographic metadata.
    """

    _FIT = {"set": ("m", "GeoLocation")}
    _REQUIRED = ("set",)

    set_: GeoLocation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = self.set_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geo_location import GeoLocation  # noqa: PLC0415

        d = dict(src_dict)
        set_ = GeoLocation.from_dict(d.pop("set"))

        set_geo_location = cls(
            set_=set_,
        )

        set_geo_location.additional_properties = d
        return set_geo_location
