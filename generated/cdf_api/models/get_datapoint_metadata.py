from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="GetDatapointMetadata")


@_attrs_define
class GetDatapointMetadata(AdditionalProperties):
    """
    Attributes:
        timestamp (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal Time
            (UTC), minus leap seconds. Can be negative to define dates before 1970, up to 1900. Example: 1638795554528.
    """

    _FIT = {"timestamp": "i"}
    _REQUIRED = ("timestamp",)

    timestamp: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        get_datapoint_metadata = cls(
            timestamp=timestamp,
        )

        get_datapoint_metadata.additional_properties = d
        return get_datapoint_metadata
