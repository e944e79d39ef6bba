from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="Schedule")


@_attrs_define
class Schedule(AdditionalProperties):
    """Details for the schedule if the transformation is scheduled

    Attributes:
        id (int): Transformation ID
        external_id (str): Transformation externalId
        created_time (int): Time when the schedule was created: The number of milliseconds since 00:00:00 Thursday, 1
            January 1970, Coordinated Universal Time (UTC), minus leap seconds.
        last_updated_time (int): Time when the schedule was last updated: The number of milliseconds since 00:00:00
            Thursday, 1 January 1970, Coordinated Universal Time (UTC), minus leap seconds.
        interval (str): Cron expression describes when the job should run. Example: 0 0 * * *.
        is_paused (bool): If true, the transformation is not scheduled.
    """

    _FIT = {"id": "i", "externalId": "s", "createdTime": "i", "lastUpdatedTime": "i", "interval": "s", "isPaused": "b"}
    _REQUIRED = ("id", "externalId", "createdTime", "lastUpdatedTime", "interval", "isPaused")

    id: int
    external_id: str
    created_time: int
    last_updated_time: int
    interval: str
    is_paused: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        external_id = self.external_id

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        interval = self.interval

        is_paused = self.is_paused

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "externalId": external_id,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
                "interval": interval,
                "isPaused": is_paused,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        external_id = d.pop("externalId")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        interval = d.pop("interval")

        is_paused = d.pop("isPaused")

        schedule = cls(
            id=id,
            external_id=external_id,
            created_time=created_time,
            last_updated_time=last_updated_time,
            interval=interval,
            is_paused=is_paused,
        )

        schedule.additional_properties = d
        return schedule
