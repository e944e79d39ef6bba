from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AnnotationsConfidenceMixin")


@_attrs_define
class AnnotationsConfidenceMixin(AdditionalProperties):
    """Mixin that can be used to add confidence score to a thing

    Attributes:
        confidence (float | Unset): The confidence score for the primitive. It should be between 0 and 1.
    """

    _FIT = {"confidence": "n"}
    _REQUIRED = ()

    confidence: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        confidence = d.pop("confidence", UNSET)

        annotations_confidence_mixin = cls(
            confidence=confidence,
        )

        annotations_confidence_mixin.additional_properties = d
        return annotations_confidence_mixin
