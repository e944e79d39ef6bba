from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AnnotationsBoundingBox")


@_attrs_define
class AnnotationsBoundingBox(AdditionalProperties):
    """A plain rectangle

    Attributes:
        x_min (float): Minimum abscissa of the bounding box (left edge). Must be strictly less than x_max.
        x_max (float): Maximum abscissa of the bounding box (right edge). Must be strictly more than x_min.
        y_min (float): Minimum ordinate of the bounding box (bottom edge). Must be strictly less than y_max.
        y_max (float): Maximum ordinate of the bounding box (top edge). Must be strictly more than y_min.
        confidence (float | Unset): The confidence score for the primitive. It should be between 0 and 1.
    """

    _FIT = {"xMin": "n", "xMax": "n", "yMin": "n", "yMax": "n", "confidence": "n"}
    _REQUIRED = ("xMin", "xMax", "yMin", "yMax")

    x_min: float
    x_max: float
    y_min: float
    y_max: float
    confidence: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x_min = self.x_min

        x_max = self.x_max

        y_min = self.y_min

        y_max = self.y_max

        confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "xMin": x_min,
                "xMax": x_max,
                "yMin": y_min,
                "yMax": y_max,
            }
        )
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x_min = d.pop("xMin")

        x_max = d.pop("xMax")

        y_min = d.pop("yMin")

        y_max = d.pop("yMax")

        confidence = d.pop("confidence", UNSET)

        annotations_bounding_box = cls(
            x_min=x_min,
            x_max=x_max,
            y_min=y_min,
            y_max=y_max,
            confidence=confidence,
        )

        annotations_bounding_box.additional_properties = d
        return annotations_bounding_box
