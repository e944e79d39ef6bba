from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AnnotationsPoint")


@_attrs_define
class AnnotationsPoint(AdditionalProperties):
    """Point in a 2D-Cartesian coordinate system with origin at the top-left corner of the page

    Attributes:
        x (float): The abscissa of the point in a coordinate system with origin at the top-left corner of the page.
            Normalized in (0,1).
        y (float): The ordinate of the point in a coordinate system with origin at the top-left corner of the page.
            Normalized in (0,1).
        confidence (float | Unset): The confidence score for the primitive. It should be between 0 and 1.
    """

    _FIT = {"x": "n", "y": "n", "confidence": "n"}
    _REQUIRED = ("x", "y")

    x: float
    y: float
    confidence: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "x": x,
                "y": y,
            }
        )
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        x = d.pop("x")

        y = d.pop("y")

        confidence = d.pop("confidence", UNSET)

        annotations_point = cls(
            x=x,
            y=y,
            confidence=confidence,
        )

        annotations_point.additional_properties = d
        return annotations_point
