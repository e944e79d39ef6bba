from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SegmentBoundingBox")


@_attrs_define
class SegmentBoundingBox(AdditionalProperties):
    """Box prompt.

    Attributes:
        x_min (float):  Example: 0.1.
        y_min (float):  Example: 0.2.
        x_max (float):  Example: 0.5.
        y_max (float):  Example: 0.6.
    """

    _FIT = {"xMin": "n", "yMin": "n", "xMax": "n", "yMax": "n"}
    _REQUIRED = ("xMin", "yMin", "xMax", "yMax")

    x_min: float
    y_min: float
    x_max: float
    y_max: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x_min = self.x_min

        y_min = self.y_min

        x_max = self.x_max

        y_max = self.y_max

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "xMin": x_min,
                "yMin": y_min,
                "xMax": x_max,
                "yMax": y_max,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x_min = d.pop("xMin")

        y_min = d.pop("yMin")

        x_max = d.pop("xMax")

        y_max = d.pop("yMax")

        segment_bounding_box = cls(
            x_min=x_min,
            y_min=y_min,
            x_max=x_max,
            y_max=y_max,
        )

        segment_bounding_box.additional_properties = d
        return segment_bounding_box
