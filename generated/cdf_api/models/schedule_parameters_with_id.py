from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ScheduleParametersWithId")


@_attrs_define
class ScheduleParametersWithId(AdditionalProperties):
    """
    Attributes:
        interval (str): Cron expression describes when the job should run. Example: 0 0 * * *.
        id (int): ID of the scheduled transformation
        is_paused (bool | Unset): If true, the transformation is not scheduled.
    """

    _FIT = {"interval": "s", "id": "i", "isPaused": "b"}
    _REQUIRED = ("interval", "id")

    interval: str
    id: int
    is_paused: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval

        id = self.id

        is_paused = self.is_paused

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interval": interval,
                "id": id,
            }
        )
        if is_paused is not UNSET:
            field_dict["isPaused"] = is_paused

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interval = d.pop("interval")

        id = d.pop("id")

        is_paused = d.pop("isPaused", UNSET)

        schedule_parameters_with_id = cls(
            interval=interval,
            id=id,
            is_paused=is_paused,
        )

        schedule_parameters_with_id.additional_properties = d
        return schedule_parameters_with_id
