from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AnnotationsBox")


@_attrs_define
class AnnotationsBox(AdditionalProperties):
    """A box in 3D space, defined by a 4x4 row-major homogeneous transformation matrix that rotates,
    translates and scales a box centered at the origin to its location and orientation in 3D space.
    The box that is transformed is the axis-aligned cube spanning the volume between
    the points (-1, -1, -1) and (1, 1, 1).

        Attributes:
            matrix (list[float]): The homogeneous transformation matrix
            label (str | Unset): The label describing what type of object it is
            confidence (float | Unset): The confidence score for the primitive. It should be between 0 and 1.
    """

    _FIT = {"matrix": ("l", "n"), "label": "s", "confidence": "n"}
    _REQUIRED = ("matrix",)

    matrix: list[float]
    label: str | Unset = UNSET
    confidence: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matrix = self.matrix

        label = self.label

        confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "matrix": matrix,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        matrix = cast(list[float], d.pop("matrix"))

        label = d.pop("label", UNSET)

        confidence = d.pop("confidence", UNSET)

        annotations_box = cls(
            matrix=matrix,
            label=label,
            confidence=confidence,
        )

        annotations_box.additional_properties = d
        return annotations_box
