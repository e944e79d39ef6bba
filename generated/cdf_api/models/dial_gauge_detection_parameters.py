from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DialGaugeDetectionParameters")


@_attrs_define
class DialGaugeDetectionParameters(AdditionalProperties):
    """Parameters for dial gauge detection and reading. In beta. Available only when the `cdf-version: beta` header is
    provided.

        Attributes:
            min_level (float | Unset): The min value of the gauge. Example: 0.
            max_level (float | Unset): The max value of the gauge. Example: 100.
            dead_angle (float | Unset): The angle between the start and end point on the bottom part of an analog gauge,
                measured in degrees. Example: 60.
            non_lin_angle (float | Unset): If the gauge is nonlinear, the non-linear angle from the metadata is used to part
                the scale in two separate linear scales. The first scale goes from min to 0. The second from 0 to max. The
                needle angle determines which scale is used. Example: 60.
            threshold (float | Unset): The confidence threshold returns predictions as positive if their confidence score is
                the selected value or higher.
                A higher confidence threshold increases precision but lowers recall, and vice versa.
                 Example: 0.8.
    """

    _FIT = {"minLevel": "n", "maxLevel": "n", "deadAngle": "n", "nonLinAngle": "n", "threshold": "n"}
    _REQUIRED = ()

    min_level: float | Unset = UNSET
    max_level: float | Unset = UNSET
    dead_angle: float | Unset = UNSET
    non_lin_angle: float | Unset = UNSET
    threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_level = self.min_level

        max_level = self.max_level

        dead_angle = self.dead_angle

        non_lin_angle = self.non_lin_angle

        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if min_level is not UNSET:
            field_dict["minLevel"] = min_level
        if max_level is not UNSET:
            field_dict["maxLevel"] = max_level
        if dead_angle is not UNSET:
            field_dict["deadAngle"] = dead_angle
        if non_lin_angle is not UNSET:
            field_dict["nonLinAngle"] = non_lin_angle
        if threshold is not UNSET:
            field_dict["threshold"] = threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_level = d.pop("minLevel", UNSET)

        max_level = d.pop("maxLevel", UNSET)

        dead_angle = d.pop("deadAngle", UNSET)

        non_lin_angle = d.pop("nonLinAngle", UNSET)

        threshold = d.pop("threshold", UNSET)

        dial_gauge_detection_parameters = cls(
            min_level=min_level,
            max_level=max_level,
            dead_angle=dead_angle,
            non_lin_angle=non_lin_angle,
            threshold=threshold,
        )

        dial_gauge_detection_parameters.additional_properties = d
        return dial_gauge_detection_parameters
