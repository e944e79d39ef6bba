from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="RevisionLog3D")


@_attrs_define
class RevisionLog3D(AdditionalProperties):
    """
    Attributes:
        timestamp (int): The creation time of the resource, in milliseconds since January 1, 1970 at 00:00 UTC. Example:
            0.
        severity (int): How severe is the message (3 = INFO, 5 = WARN, 7 = ERROR). Example: 7.
        type_ (str): Main computer parsable log entry type Example: CONVERTER/FAILED.
        info (str | Unset): Optional extra information related to the log entry
    """

    _FIT = {"timestamp": "i", "severity": "i", "type": "s", "info": "s"}
    _REQUIRED = ("timestamp", "severity", "type")

    timestamp: int
    severity: int
    type_: str
    info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        severity = self.severity

        type_ = self.type_

        info = self.info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "severity": severity,
                "type": type_,
            }
        )
        if info is not UNSET:
            field_dict["info"] = info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp")

        severity = d.pop("severity")

        type_ = d.pop("type")

        info = d.pop("info", UNSET)

        revision_log_3d = cls(
            timestamp=timestamp,
            severity=severity,
            type_=type_,
            info=info,
        )

        revision_log_3d.additional_properties = d
        return revision_log_3d
