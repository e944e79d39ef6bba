from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SimulatorRoutineScheduleEnabled")


@_attrs_define
class SimulatorRoutineScheduleEnabled(AdditionalProperties):
    """
    Attributes:
        enabled (bool): Whether the schedule is enabled or not
        cron_expression (str): Cron expression representing the schedule.
            Examples:
            - @annually: Run once a year at midnight of January 1st.
            - @daily: Run once a day at midnight.
            - */5 * * * *: Run every 5 minutes.
            - 0 0 * * *: Run once a day at midnight.
            - 0 0 * * MON-FRI: Run once a day at midnight, Monday through Friday.
    """

    _FIT = {"enabled": "b", "cronExpression": "s"}
    _REQUIRED = ("enabled", "cronExpression")

    enabled: bool
    cron_expression: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        cron_expression = self.cron_expression

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "cronExpression": cron_expression,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        cron_expression = d.pop("cronExpression")

        simulator_routine_schedule_enabled = cls(
            enabled=enabled,
            cron_expression=cron_expression,
        )

        simulator_routine_schedule_enabled.additional_properties = d
        return simulator_routine_schedule_enabled
