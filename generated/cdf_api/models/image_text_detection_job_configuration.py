from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ImageTextDetectionJobConfiguration")


@_attrs_define
class ImageTextDetectionJobConfiguration(AdditionalProperties):
    """Job configuration for the ImageTextDetection job type. Currently, no additional configuration is supported for this
    job type.

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_text_detection_job_configuration = cls()

        image_text_detection_job_configuration.additional_properties = d
        return image_text_detection_job_configuration
