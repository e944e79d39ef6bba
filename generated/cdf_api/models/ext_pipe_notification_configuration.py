from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ExtPipeNotificationConfiguration")


@_attrs_define
class ExtPipeNotificationConfiguration(AdditionalProperties):
    """
    Attributes:
        allowed_not_seen_range_in_minutes (int | None | Unset): Notifications configuration value. Time in minutes to
            pass without any Run. Null if extraction pipeline is not checked.
    """

    _FIT = {"allowedNotSeenRangeInMinutes": ("u", ("i", None))}
    _REQUIRED = ()

    allowed_not_seen_range_in_minutes: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_not_seen_range_in_minutes: int | None | Unset
        if isinstance(self.allowed_not_seen_range_in_minutes, Unset):
            allowed_not_seen_range_in_minutes = UNSET
        else:
            allowed_not_seen_range_in_minutes = self.allowed_not_seen_range_in_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_not_seen_range_in_minutes is not UNSET:
            field_dict["allowedNotSeenRangeInMinutes"] = allowed_not_seen_range_in_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_allowed_not_seen_range_in_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        allowed_not_seen_range_in_minutes = _parse_allowed_not_seen_range_in_minutes(
            d.pop("allowedNotSeenRangeInMinutes", UNSET)
        )

        ext_pipe_notification_configuration = cls(
            allowed_not_seen_range_in_minutes=allowed_not_seen_range_in_minutes,
        )

        ext_pipe_notification_configuration.additional_properties = d
        return ext_pipe_notification_configuration
