from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="MultiPolygon")


@_attrs_define
class MultiPolygon(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['MultiPolygon']):
        coordinates (list[list[list[list[float]]]]): List of multiple polygons.

            Each polygon is defined as a list of one or more linear rings representing a shape.

            A linear ring is the boundary of a surface or the boundary of a hole in a surface. It is defined as a list
            consisting of 4 or more Points, where the first and last Point is equivalent.

            Each Point is defined as an array of 2 numbers, representing coordinates of a point in 2D space.

            Example: `[[[[30, 20], [45, 40], [10, 40], [30, 20]]], [[[15, 5], [40, 10], [10, 20], [5, 10], [15, 5]]]]`
    """

    _FIT = {"type": ("c", "MultiPolygon"), "coordinates": ("l", ("l", ("l", ("l", "n"))))}
    _REQUIRED = ("type", "coordinates")

    type_: Literal["MultiPolygon"]
    coordinates: list[list[list[list[float]]]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        coordinates = []
        for componentsschemas_multi_polygon_coordinates_item_data in self.coordinates:
            componentsschemas_multi_polygon_coordinates_item = []
            for (
                componentsschemas_polygon_coordinates_item_data
            ) in componentsschemas_multi_polygon_coordinates_item_data:
                componentsschemas_polygon_coordinates_item = []
                for (
                    componentsschemas_line_string_coordinates_item_data
                ) in componentsschemas_polygon_coordinates_item_data:
                    componentsschemas_line_string_coordinates_item = componentsschemas_line_string_coordinates_item_data

                    componentsschemas_polygon_coordinates_item.append(componentsschemas_line_string_coordinates_item)

                componentsschemas_multi_polygon_coordinates_item.append(componentsschemas_polygon_coordinates_item)

            coordinates.append(componentsschemas_multi_polygon_coordinates_item)

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
        type_ = cast(Literal["MultiPolygon"], d.pop("type"))
        if type_ != "MultiPolygon":
            raise ValueError(f"type must match const 'MultiPolygon', got '{type_}'")

        coordinates = []
        _coordinates = d.pop("coordinates")
        for componentsschemas_multi_polygon_coordinates_item_data in _coordinates:
            componentsschemas_multi_polygon_coordinates_item = []
            _componentsschemas_multi_polygon_coordinates_item = componentsschemas_multi_polygon_coordinates_item_data
            for componentsschemas_polygon_coordinates_item_data in _componentsschemas_multi_polygon_coordinates_item:
                componentsschemas_polygon_coordinates_item = []
                _componentsschemas_polygon_coordinates_item = componentsschemas_polygon_coordinates_item_data
                for componentsschemas_line_string_coordinates_item_data in _componentsschemas_polygon_coordinates_item:
                    componentsschemas_line_string_coordinates_item = cast(
                        list[float], componentsschemas_line_string_coordinates_item_data
                    )

                    componentsschemas_polygon_coordinates_item.append(componentsschemas_line_string_coordinates_item)

                componentsschemas_multi_polygon_coordinates_item.append(componentsschemas_polygon_coordinates_item)

            coordinates.append(componentsschemas_multi_polygon_coordinates_item)

        multi_polygon = cls(
            type_=type_,
            coordinates=coordinates,
        )

        multi_polygon.additional_properties = d
        return multi_polygon
