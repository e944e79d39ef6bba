from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="MetricCounter")


@_attrs_define
class MetricCounter(AdditionalProperties):
    """
    Attributes:
        timestamp (int): Time when this metric was recorded: The number of milliseconds since 00:00:00 Thursday, 1
            January 1970, Coordinated Universal Time (UTC), minus leap seconds.
        name (str): Name of the metric. Metrics like `assets.read` mean how many items were fetched from
            CDF;`assets.create` and `assets.update` inform how many resources were created or updated (note that we count
            objects as updated even when no field is changed). `requests` says how many HTTP request were made to CDF to
            complete the job. `requestWithoutRetries` does not count retried requests. Normally, these two metrics should be
            almost equal, if there is a big difference, it may indicate a problem with rate-limiting. Example: assets.read.
        count (int): The value of this metric
    """

    _FIT = {"timestamp": "i", "name": "s", "count": "i"}
    _REQUIRED = ("timestamp", "name", "count")

    timestamp: int
    name: str
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        name = self.name

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "name": name,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        name = d.pop("name")

        count = d.pop("count")

        metric_counter = cls(
            timestamp=timestamp,
            name=name,
            count=count,
        )

        metric_counter.additional_properties = d
        return metric_counter
