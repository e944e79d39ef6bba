from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CronTrigger")


@_attrs_define
class CronTrigger(AdditionalProperties):
    """
    Attributes:
        trigger_type (Literal['schedule']):
        cron_expression (str): A cron expression (UNIX format) specifying when the trigger should be executed. Use
            https://crontab.guru/ to create a cron expression. The API may adjust the exact timing of cron job executions to
            distribute the backend load more evenly. However, it will aim to maintain the overall frequency of executions as
            specified in the cron expression.
        timezone (str | Unset): Specifies the IANA time zone in which the cron expression is evaluated. Time zones must
            be valid as listed in https://docs.oracle.com/cd/E72987_01/wcs/tag-ref/MISC/TimeZones.html. Example:
            Europe/Oslo.
    """

    _FIT = {"triggerType": ("c", "schedule"), "cronExpression": "s", "timezone": "s"}
    _REQUIRED = ("triggerType", "cronExpression")

    trigger_type: Literal["schedule"]
    cron_expression: str
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trigger_type = self.trigger_type

        cron_expression = self.cron_expression

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "triggerType": trigger_type,
                "cronExpression": cron_expression,
            }
        )
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trigger_type = cast(Literal["schedule"], d.pop("triggerType"))
        if trigger_type != "schedule":
            raise ValueError(f"triggerType must match const 'schedule', got '{trigger_type}'")

        cron_expression = d.pop("cronExpression")

        timezone = d.pop("timezone", UNSET)

        cron_trigger = cls(
            trigger_type=trigger_type,
            cron_expression=cron_expression,
            timezone=timezone,
        )

        cron_trigger.additional_properties = d
        return cron_trigger
