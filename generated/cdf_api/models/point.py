from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="Point")


@_attrs_define
class Point(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['Point']):
        coordinates (list[float]): Coordinates of a point in 2D space, described as an array of 2 numbers.

            Example: `[4.306640625, 60.205710352530346]`
    """

    _FIT = {"type": ("c", "Point"), "coordinates": ("l", "n")}
    _REQUIRED = ("type", "coordinates")

    type_: Literal["Point"]
    coordinates: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        coordinates = self.coordinates

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
        type_ = cast(Literal["Point"], d.pop("type"))
        if type_ != "Point":
            raise ValueError(f"type must match const 'Point', got '{type_}'")

        coordinates = cast(list[float], d.pop("coordinates"))

        point = cls(
            type_=type_,
            coordinates=coordinates,
        )

        point.additional_properties = d
        return point
