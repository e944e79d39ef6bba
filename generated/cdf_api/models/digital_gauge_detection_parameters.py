from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DigitalGaugeDetectionParameters")


@_attrs_define
class DigitalGaugeDetectionParameters(AdditionalProperties):
    """Parameters for digital gauge detection and reading. In beta. Available only when the `cdf-version: beta` header is
    provided.

        Attributes:
            comma_pos (int | Unset): Number of digits after comma in a digital gauge. Example: 3.
            min_num_digits (int | Unset): Minimum number of digits on a digital gauge. Example: 2.
            max_num_digits (int | Unset): Maximum number of digits on a digital gauge. Example: 5.
            threshold (float | Unset): The confidence threshold returns predictions as positive if their confidence score is
                the selected value or higher.
                A higher confidence threshold increases precision but lowers recall, and vice versa.
                 Example: 0.8.
    """

    _FIT = {"commaPos": "i", "minNumDigits": "i", "maxNumDigits": "i", "threshold": "n"}
    _REQUIRED = ()

    comma_pos: int | Unset = UNSET
    min_num_digits: int | Unset = UNSET
    max_num_digits: int | Unset = UNSET
    threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comma_pos = self.comma_pos

        min_num_digits = self.min_num_digits

        max_num_digits = self.max_num_digits

        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comma_pos is not UNSET:
            field_dict["commaPos"] = comma_pos
        if min_num_digits is not UNSET:
            field_dict["minNumDigits"] = min_num_digits
        if max_num_digits is not UNSET:
            field_dict["maxNumDigits"] = max_num_digits
        if threshold is not UNSET:
            field_dict["threshold"] = threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comma_pos = d.pop("commaPos", UNSET)

        min_num_digits = d.pop("minNumDigits", UNSET)

        max_num_digits = d.pop("maxNumDigits", UNSET)

        threshold = d.pop("threshold", UNSET)

        digital_gauge_detection_parameters = cls(
            comma_pos=comma_pos,
            min_num_digits=min_num_digits,
            max_num_digits=max_num_digits,
            threshold=threshold,
        )

        digital_gauge_detection_parameters.additional_properties = d
        return digital_gauge_detection_parameters
