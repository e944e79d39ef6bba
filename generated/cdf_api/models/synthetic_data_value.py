from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SyntheticDataValue")


@_attrs_define
class SyntheticDataValue(AdditionalProperties):
    """
    Attributes:
        timestamp (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal Time
            (UTC), minus leap seconds. Example: 1730204346000.
        value (float): the data value
    """

    _FIT = {"timestamp": "i", "value": "n"}
    _REQUIRED = ("timestamp", "value")

    timestamp: int
    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        value = d.pop("value")

        synthetic_data_value = cls(
            timestamp=timestamp,
            value=value,
        )

        synthetic_data_value.additional_properties = d
        return synthetic_data_value
