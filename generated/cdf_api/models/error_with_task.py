from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_level import ErrorLevel
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ErrorWithTask")


@_attrs_define
class ErrorWithTask(AdditionalProperties):
    """An error that occurred as part of an extractor run.

    Attributes:
        level (ErrorLevel): Error level. `warning` means that something wrong happened but the extractor was able to
            continue. `error` means that something wrong happened and the extractor _may_ be able to recover, but there will
            likely be downtime and/or loss of data. `fatal` means that something happened that cannot be recovered from.
        description (str): Short error description.
        start_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal Time
            (UTC), minus leap seconds. Example: 1730204346000.
        details (str | Unset): Long error details.
        task (str | Unset): The task associated with this error. If null or left out, the error is associated with the
            extractor in general.
        end_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        active_config_revision (int | Literal['local'] | Unset):
    """

    _FIT = {
        "level": "s",
        "description": "s",
        "startTime": "i",
        "details": "s",
        "task": "s",
        "endTime": "i",
        "activeConfigRevision": ("u", (("c", "local"), "i")),
    }
    _REQUIRED = ("level", "description", "startTime")

    level: ErrorLevel
    description: str
    start_time: int
    details: str | Unset = UNSET
    task: str | Unset = UNSET
    end_time: int | Unset = UNSET
    active_config_revision: int | Literal["local"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level = self.level.value

        description = self.description

        start_time = self.start_time

        details = self.details

        task = self.task

        end_time = self.end_time

        active_config_revision: int | Literal["local"] | Unset
        if isinstance(self.active_config_revision, Unset):
            active_config_revision = UNSET
        else:
            active_config_revision = self.active_config_revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "level": level,
                "description": description,
                "startTime": start_time,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details
        if task is not UNSET:
            field_dict["task"] = task
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if active_config_revision is not UNSET:
            field_dict["activeConfigRevision"] = active_config_revision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        level = ErrorLevel(d.pop("level"))

        description = d.pop("description")

        start_time = d.pop("startTime")

        details = d.pop("details", UNSET)

        task = d.pop("task", UNSET)

        end_time = d.pop("endTime", UNSET)

        def _parse_active_config_revision(data: object) -> int | Literal["local"] | Unset:
            if isinstance(data, Unset):
                return data
            active_config_revision_type_0 = cast(Literal["local"], data)
            if active_config_revision_type_0 != "local":
                raise ValueError(
                    f"activeConfigRevision_type_0 must match const 'local', got '{active_config_revision_type_0}'"
                )
            return active_config_revision_type_0
            return cast(int | Literal["local"] | Unset, data)

        active_config_revision = _parse_active_config_revision(d.pop("activeConfigRevision", UNSET))

        error_with_task = cls(
            level=level,
            description=description,
            start_time=start_time,
            details=details,
            task=task,
            end_time=end_time,
            active_config_revision=active_config_revision,
        )

        error_with_task.additional_properties = d
        return error_with_task
