from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="TransformBlockedInfo")


@_attrs_define
class TransformBlockedInfo(AdditionalProperties):
    """Provides reason and time if the transformation is blocked.

    Attributes:
        reason (str): Indicates the reason if the transformation is blocked.
        created_time (int): Indicates the blocked time if the transformation is blocked: The number of milliseconds
            since 00:00:00 Thursday, 1 January 1970, Coordinated Universal Time (UTC), minus leap seconds.
    """

    _FIT = {"reason": "s", "createdTime": "i"}
    _REQUIRED = ("reason", "createdTime")

    reason: str
    created_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        created_time = self.created_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reason": reason,
                "createdTime": created_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        created_time = d.pop("createdTime")

        transform_blocked_info = cls(
            reason=reason,
            created_time=created_time,
        )

        transform_blocked_info.additional_properties = d
        return transform_blocked_info
