from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="MultiPoint")


@_attrs_define
class MultiPoint(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['MultiPoint']):
        coordinates (list[list[float]]): List of Points. Each Point is defined as an array of 2 numbers, representing
            coordinates of a point in 2D space.

            Example: `[[35, 10], [45, 45]]`
    """

    _FIT = {"type": ("c", "MultiPoint"), "coordinates": ("l", ("l", "n"))}
    _REQUIRED = ("type", "coordinates")

    type_: Literal["MultiPoint"]
    coordinates: list[list[float]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        coordinates = []
        for componentsschemas_multi_point_coordinates_item_data in self.coordinates:
            componentsschemas_multi_point_coordinates_item = componentsschemas_multi_point_coordinates_item_data

            coordinates.append(componentsschemas_multi_point_coordinates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "coordinates": coordinates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["MultiPoint"], d.pop("type"))
        if type_ != "MultiPoint":
            raise ValueError(f"type must match const 'MultiPoint', got '{type_}'")

        coordinates = []
        _coordinates = d.pop("coordinates")
        for componentsschemas_multi_point_coordinates_item_data in _coordinates:
            componentsschemas_multi_point_coordinates_item = cast(
                list[float], componentsschemas_multi_point_coordinates_item_data
            )

            coordinates.append(componentsschemas_multi_point_coordinates_item)

        multi_point = cls(
            type_=type_,
            coordinates=coordinates,
        )

        multi_point.additional_properties = d
        return multi_point
