from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="LineString")


@_attrs_define
class LineString(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['LineString']):
        coordinates (list[list[float]]): Coordinates of a line described by a list of two or more points.
            Each point is defined as a pair of two numbers in an array, representing coordinates of a point in 2D space.

            Example: `[[30, 10], [10, 30], [40, 40]]`
    """

    _FIT = {"type": ("c", "LineString"), "coordinates": ("l", ("l", "n"))}
    _REQUIRED = ("type", "coordinates")

    type_: Literal["LineString"]
    coordinates: list[list[float]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        coordinates = []
        for componentsschemas_line_string_coordinates_item_data in self.coordinates:
            componentsschemas_line_string_coordinates_item = componentsschemas_line_string_coordinates_item_data

            coordinates.append(componentsschemas_line_string_coordinates_item)

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
        type_ = cast(Literal["LineString"], d.pop("type"))
        if type_ != "LineString":
            raise ValueError(f"type must match const 'LineString', got '{type_}'")

        coordinates = []
        _coordinates = d.pop("coordinates")
        for componentsschemas_line_string_coordinates_item_data in _coordinates:
            componentsschemas_line_string_coordinates_item = cast(
                list[float], componentsschemas_line_string_coordinates_item_data
            )

            coordinates.append(componentsschemas_line_string_coordinates_item)

        line_string = cls(
            type_=type_,
            coordinates=coordinates,
        )

        line_string.additional_properties = d
        return line_string
