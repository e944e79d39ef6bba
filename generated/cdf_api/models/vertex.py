from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="Vertex")


@_attrs_define
class Vertex(AdditionalProperties):
    """A vertex represents a 2D point in the image. The vertex coordinates are normalized.

    Example:
        {'x': 0.58, 'y': 0.12}

    Attributes:
        x (float): Normalized x coordinate.
        y (float): Normalized y coordinate.
    """

    _FIT = {"x": "n", "y": "n"}
    _REQUIRED = ("x", "y")

    x: float
    y: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "x": x,
                "y": y,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x = d.pop("x")

        y = d.pop("y")

        vertex = cls(
            x=x,
            y=y,
        )

        vertex.additional_properties = d
        return vertex
