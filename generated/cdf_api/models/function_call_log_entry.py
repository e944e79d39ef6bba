from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="FunctionCallLogEntry")


@_attrs_define
class FunctionCallLogEntry(AdditionalProperties):
    """
    Attributes:
        timestamp (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        message (str | Unset): Single line from stdout / stderr. Example: Did something great.
    """

    _FIT = {"timestamp": "i", "message": "s"}
    _REQUIRED = ()

    timestamp: int | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp", UNSET)

        message = d.pop("message", UNSET)

        function_call_log_entry = cls(
            timestamp=timestamp,
            message=message,
        )

        function_call_log_entry.additional_properties = d
        return function_call_log_entry
