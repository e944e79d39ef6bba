from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="GeospatialPropertyReference")


@_attrs_define
class GeospatialPropertyReference(AdditionalProperties):
    """References a feature property in the context of a filter The support for arrays is forward looking for when the
    geospatial api will have complex properties.

        Attributes:
            property_ (list[str] | str | Unset):
    """

    _FIT = {"property": ("u", ("s", ("l", "s")))}
    _REQUIRED = ()

    property_: list[str] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_: list[str] | str | Unset
        if isinstance(self.property_, Unset):
            property_ = UNSET
        elif isinstance(self.property_, list):
            property_ = self.property_

        else:
            property_ = self.property_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if property_ is not UNSET:
            field_dict["property"] = property_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_property_(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                property_type_1 = cast(list[str], data)

                return property_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        property_ = _parse_property_(d.pop("property", UNSET))

        geospatial_property_reference = cls(
            property_=property_,
        )

        geospatial_property_reference.additional_properties = d
        return geospatial_property_reference
