from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ScheduleParametersWithExternalId")


@_attrs_define
class ScheduleParametersWithExternalId(AdditionalProperties):
    """
    Attributes:
        interval (str): Cron expression describes when the job should run. Example: 0 0 * * *.
        external_id (str): External ID of the scheduled transformation
        is_paused (bool | Unset): If true, the transformation is not scheduled.
    """

    _FIT = {"interval": "s", "externalId": "s", "isPaused": "b"}
    _REQUIRED = ("interval", "externalId")

    interval: str
    external_id: str
    is_paused: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval

        external_id = self.external_id

        is_paused = self.is_paused

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interval": interval,
                "externalId": external_id,
            }
        )
        if is_paused is not UNSET:
            field_dict["isPaused"] = is_paused

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interval = d.pop("interval")

        external_id = d.pop("externalId")

        is_paused = d.pop("isPaused", UNSET)

        schedule_parameters_with_external_id = cls(
            interval=interval,
            external_id=external_id,
            is_paused=is_paused,
        )

        schedule_parameters_with_external_id.additional_properties = d
        return schedule_parameters_with_external_id
