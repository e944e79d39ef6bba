from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="BoundingBox")


@_attrs_define
class BoundingBox(AdditionalProperties):
    """
    Attributes:
        x_min (float):
        x_max (float):
        y_min (float):
        y_max (float):
        z_min (float):
        z_max (float):
    """

    _FIT = {"xMin": "n", "xMax": "n", "yMin": "n", "yMax": "n", "zMin": "n", "zMax": "n"}
    _REQUIRED = ("xMin", "xMax", "yMin", "yMax", "zMin", "zMax")

    x_min: float
    x_max: float
    y_min: float
    y_max: float
    z_min: float
    z_max: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x_min = self.x_min

        x_max = self.x_max

        y_min = self.y_min

        y_max = self.y_max

        z_min = self.z_min

        z_max = self.z_max

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "xMin": x_min,
                "xMax": x_max,
                "yMin": y_min,
                "yMax": y_max,
                "zMin": z_min,
                "zMax": z_max,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x_min = d.pop("xMin")

        x_max = d.pop("xMax")

        y_min = d.pop("yMin")

        y_max = d.pop("yMax")

        z_min = d.pop("zMin")

        z_max = d.pop("zMax")

        bounding_box = cls(
            x_min=x_min,
            x_max=x_max,
            y_min=y_min,
            y_max=y_max,
            z_min=z_min,
            z_max=z_max,
        )

        bounding_box.additional_properties = d
        return bounding_box
