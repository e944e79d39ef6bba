from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="Polygon")


@_attrs_define
class Polygon(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['Polygon']):
        coordinates (list[list[list[float]]]): List of one or more linear rings representing a shape.

            A linear ring is the boundary of a surface or the boundary of a hole in a surface. It is defined as a list
            consisting of 4 or more Points, where the first and last Point is equivalent.

            Each Point is defined as an array of 2 numbers, representing coordinates of a point in 2D space.

            Example: `[[[35, 10], [45, 45], [15, 40], [10, 20], [35, 10]], [[20, 30], [35, 35], [30, 20], [20, 30]]]`
    """

    _FIT = {"type": ("c", "Polygon"), "coordinates": ("l", ("l", ("l", "n")))}
    _REQUIRED = ("type", "coordinates")

    type_: Literal["Polygon"]
    coordinates: list[list[list[float]]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        coordinates = []
        for componentsschemas_polygon_coordinates_item_data in self.coordinates:
            componentsschemas_polygon_coordinates_item = []
            for componentsschemas_line_string_coordinates_item_data in componentsschemas_polygon_coordinates_item_data:
                componentsschemas_line_string_coordinates_item = componentsschemas_line_string_coordinates_item_data

                componentsschemas_polygon_coordinates_item.append(componentsschemas_line_string_coordinates_item)

            coordinates.append(componentsschemas_polygon_coordinates_item)

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
        type_ = cast(Literal["Polygon"], d.pop("type"))
        if type_ != "Polygon":
            raise ValueError(f"type must match const 'Polygon', got '{type_}'")

        coordinates = []
        _coordinates = d.pop("coordinates")
        for componentsschemas_polygon_coordinates_item_data in _coordinates:
            componentsschemas_polygon_coordinates_item = []
            _componentsschemas_polygon_coordinates_item = componentsschemas_polygon_coordinates_item_data
            for componentsschemas_line_string_coordinates_item_data in _componentsschemas_polygon_coordinates_item:
                componentsschemas_line_string_coordinates_item = cast(
                    list[float], componentsschemas_line_string_coordinates_item_data
                )

                componentsschemas_polygon_coordinates_item.append(componentsschemas_line_string_coordinates_item)

            coordinates.append(componentsschemas_polygon_coordinates_item)

        polygon = cls(
            type_=type_,
            coordinates=coordinates,
        )

        polygon.additional_properties = d
        return polygon
