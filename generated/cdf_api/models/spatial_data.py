from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SpatialData")


@_attrs_define
class SpatialData(AdditionalProperties):
    """
    Attributes:
        x_max (float): Normalized x coordinate.
        x_min (float): Normalized x coordinate.
        y_max (float): Normalized x coordinate.
        y_min (float): Normalized x coordinate.
    """

    _FIT = {"xMax": "n", "xMin": "n", "yMax": "n", "yMin": "n"}
    _REQUIRED = ("xMax", "xMin", "yMax", "yMin")

    x_max: float
    x_min: float
    y_max: float
    y_min: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x_max = self.x_max

        x_min = self.x_min

        y_max = self.y_max

        y_min = self.y_min

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "xMax": x_max,
                "xMin": x_min,
                "yMax": y_max,
                "yMin": y_min,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x_max = d.pop("xMax")

        x_min = d.pop("xMin")

        y_max = d.pop("yMax")

        y_min = d.pop("yMin")

        spatial_data = cls(
            x_max=x_max,
            x_min=x_min,
            y_max=y_max,
            y_min=y_min,
        )

        spatial_data.additional_properties = d
        return spatial_data
