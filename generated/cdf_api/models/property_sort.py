from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.property_sort_direction import PropertySortDirection
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="PropertySort")


@_attrs_define
class PropertySort(AdditionalProperties):
    """Sorting spec for a property.

    Attributes:
        property_ (list[str]):
        direction (PropertySortDirection | Unset):  Example: descending.
    """

    _FIT = {"property": ("l", "s"), "direction": "s"}
    _REQUIRED = ("property",)

    property_: list[str]
    direction: PropertySortDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property"))

        _direction = d.pop("direction", UNSET)
        direction: PropertySortDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = PropertySortDirection(_direction)

        property_sort = cls(
            property_=property_,
            direction=direction,
        )

        property_sort.additional_properties = d
        return property_sort
