from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SyntheticDataError")


@_attrs_define
class SyntheticDataError(AdditionalProperties):
    """
    Attributes:
        timestamp (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal Time
            (UTC), minus leap seconds. Example: 1730204346000.
        error (str): Human readable string with description of what went wrong Example: Error BAD_DOMAIN: Division by
            zero.
    """

    _FIT = {"timestamp": "i", "error": "s"}
    _REQUIRED = ("timestamp", "error")

    timestamp: int
    error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        error = d.pop("error")

        synthetic_data_error = cls(
            timestamp=timestamp,
            error=error,
        )

        synthetic_data_error.additional_properties = d
        return synthetic_data_error
