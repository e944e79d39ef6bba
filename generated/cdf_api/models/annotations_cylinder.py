from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AnnotationsCylinder")


@_attrs_define
class AnnotationsCylinder(AdditionalProperties):
    """A cylinder in 3D space, defined by the centers of the two end surfaces and the radius.

    Attributes:
        center_a (list[float]): The center of the first cap.
        center_b (list[float]): The center of the second cap.
        radius (float): The radius of the cylinder.
        label (str | Unset): The label describing what type of object it is
        confidence (float | Unset): The confidence score for the primitive. It should be between 0 and 1.
    """

    _FIT = {"centerA": ("l", "n"), "centerB": ("l", "n"), "radius": "n", "label": "s", "confidence": "n"}
    _REQUIRED = ("centerA", "centerB", "radius")

    center_a: list[float]
    center_b: list[float]
    radius: float
    label: str | Unset = UNSET
    confidence: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        center_a = self.center_a

        center_b = self.center_b

        radius = self.radius

        label = self.label

        confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "centerA": center_a,
                "centerB": center_b,
                "radius": radius,
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
        center_a = cast(list[float], d.pop("centerA"))

        center_b = cast(list[float], d.pop("centerB"))

        radius = d.pop("radius")

        label = d.pop("label", UNSET)

        confidence = d.pop("confidence", UNSET)

        annotations_cylinder = cls(
            center_a=center_a,
            center_b=center_b,
            radius=radius,
            label=label,
            confidence=confidence,
        )

        annotations_cylinder.additional_properties = d
        return annotations_cylinder
