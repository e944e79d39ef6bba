from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="MQTTJobConfig")


@_attrs_define
class MQTTJobConfig(AdditionalProperties):
    """
    Attributes:
        topic_filter (str): Topic filter.
    """

    _FIT = {"topicFilter": "s"}
    _REQUIRED = ("topicFilter",)

    topic_filter: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic_filter = self.topic_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topicFilter": topic_filter,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        topic_filter = d.pop("topicFilter")

        mqtt_job_config = cls(
            topic_filter=topic_filter,
        )

        mqtt_job_config.additional_properties = d
        return mqtt_job_config
