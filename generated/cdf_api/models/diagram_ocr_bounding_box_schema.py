from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DiagramOcrBoundingBoxSchema")


@_attrs_define
class DiagramOcrBoundingBoxSchema(AdditionalProperties):
    """A normalized bounding box describing a rectangular region aligned with the x-y-axes.

    Attributes:
        x_min (float | Unset): A number in the range [0, 1].
        y_min (float | Unset): A number in the range [0, 1].
        x_max (float | Unset): A number in the range [0, 1].
        y_max (float | Unset): A number in the range [0, 1].
    """

    _FIT = {"xMin": "n", "yMin": "n", "xMax": "n", "yMax": "n"}
    _REQUIRED = ()

    x_min: float | Unset = UNSET
    y_min: float | Unset = UNSET
    x_max: float | Unset = UNSET
    y_max: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x_min = self.x_min

        y_min = self.y_min

        x_max = self.x_max

        y_max = self.y_max

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x_min is not UNSET:
            field_dict["xMin"] = x_min
        if y_min is not UNSET:
            field_dict["yMin"] = y_min
        if x_max is not UNSET:
            field_dict["xMax"] = x_max
        if y_max is not UNSET:
            field_dict["yMax"] = y_max

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x_min = d.pop("xMin", UNSET)

        y_min = d.pop("yMin", UNSET)

        x_max = d.pop("xMax", UNSET)

        y_max = d.pop("yMax", UNSET)

        diagram_ocr_bounding_box_schema = cls(
            x_min=x_min,
            y_min=y_min,
            x_max=x_max,
            y_max=y_max,
        )

        diagram_ocr_bounding_box_schema.additional_properties = d
        return diagram_ocr_bounding_box_schema
