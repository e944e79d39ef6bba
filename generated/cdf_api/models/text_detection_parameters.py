from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="TextDetectionParameters")


@_attrs_define
class TextDetectionParameters(AdditionalProperties):
    """Parameters for text detection

    Attributes:
        threshold (float | Unset): The confidence threshold returns predictions as positive if their confidence score is
            the selected value or higher.
            A higher confidence threshold increases precision but lowers recall, and vice versa.
             Example: 0.8.
    """

    _FIT = {"threshold": "n"}
    _REQUIRED = ()

    threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if threshold is not UNSET:
            field_dict["threshold"] = threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        threshold = d.pop("threshold", UNSET)

        text_detection_parameters = cls(
            threshold=threshold,
        )

        text_detection_parameters.additional_properties = d
        return text_detection_parameters
