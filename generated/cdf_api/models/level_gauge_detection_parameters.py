from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="LevelGaugeDetectionParameters")


@_attrs_define
class LevelGaugeDetectionParameters(AdditionalProperties):
    """Parameters for level gauge detection and reading. In beta. Available only when the `cdf-version: beta` header is
    provided.

        Attributes:
            min_level (float | Unset): The min value of the gauge. Example: 0.
            max_level (float | Unset): The max value of the gauge. Example: 100.
            threshold (float | Unset): The confidence threshold returns predictions as positive if their confidence score is
                the selected value or higher.
                A higher confidence threshold increases precision but lowers recall, and vice versa.
                 Example: 0.8.
    """

    _FIT = {"minLevel": "n", "maxLevel": "n", "threshold": "n"}
    _REQUIRED = ()

    min_level: float | Unset = UNSET
    max_level: float | Unset = UNSET
    threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_level = self.min_level

        max_level = self.max_level

        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_level is not UNSET:
            field_dict["minLevel"] = min_level
        if max_level is not UNSET:
            field_dict["maxLevel"] = max_level
        if threshold is not UNSET:
            field_dict["threshold"] = threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_level = d.pop("minLevel", UNSET)

        max_level = d.pop("maxLevel", UNSET)

        threshold = d.pop("threshold", UNSET)

        level_gauge_detection_parameters = cls(
            min_level=min_level,
            max_level=max_level,
            threshold=threshold,
        )

        level_gauge_detection_parameters.additional_properties = d
        return level_gauge_detection_parameters
