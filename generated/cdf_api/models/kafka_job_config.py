from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="KafkaJobConfig")


@_attrs_define
class KafkaJobConfig(AdditionalProperties):
    """
    Attributes:
        topic (str): Kafka topic to connect to
        partitions (int | Unset): Number of partitions on the topic.
    """

    _FIT = {"topic": "s", "partitions": "i"}
    _REQUIRED = ("topic",)

    topic: str
    partitions: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic = self.topic

        partitions = self.partitions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic": topic,
            }
        )
        if partitions is not UNSET:
            field_dict["partitions"] = partitions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        topic = d.pop("topic")

        partitions = d.pop("partitions", UNSET)

        kafka_job_config = cls(
            topic=topic,
            partitions=partitions,
        )

        kafka_job_config.additional_properties = d
        return kafka_job_config
