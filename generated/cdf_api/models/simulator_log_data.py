from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simulator_log_severity_level import SimulatorLogSeverityLevel
from ..types import AdditionalProperties

T = TypeVar("T", bound="SimulatorLogData")


@_attrs_define
class SimulatorLogData(AdditionalProperties):
    """
    Attributes:
        timestamp (int): Timestamp of the log message
        message (str): Log message
        severity (SimulatorLogSeverityLevel):
    """

    _FIT = {"timestamp": "i", "message": "s", "severity": "s"}
    _REQUIRED = ("timestamp", "message", "severity")

    timestamp: int
    message: str
    severity: SimulatorLogSeverityLevel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        message = self.message

        severity = self.severity.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "message": message,
                "severity": severity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        message = d.pop("message")

        severity = SimulatorLogSeverityLevel(d.pop("severity"))

        simulator_log_data = cls(
            timestamp=timestamp,
            message=message,
            severity=severity,
        )

        simulator_log_data.additional_properties = d
        return simulator_log_data
