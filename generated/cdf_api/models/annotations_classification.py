from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AnnotationsClassification")


@_attrs_define
class AnnotationsClassification(AdditionalProperties):
    """Models an image classification represented by a label, and optionally a
    confidence value.

        Attributes:
            label (str): The label describing what type of object it is
            confidence (float | Unset): The confidence score for the primitive. It should be between 0 and 1.
    """

    _FIT = {"label": "s", "confidence": "n"}
    _REQUIRED = ("label",)

    label: str
    confidence: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        confidence = d.pop("confidence", UNSET)

        annotations_classification = cls(
            label=label,
            confidence=confidence,
        )

        annotations_classification.additional_properties = d
        return annotations_classification
