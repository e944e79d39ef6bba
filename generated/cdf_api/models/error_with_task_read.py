from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_level import ErrorLevel
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ErrorWithTaskRead")


@_attrs_define
class ErrorWithTaskRead(AdditionalProperties):
    """A historical error that occurred as part of an extractor run.

    Attributes:
        level (ErrorLevel): Error level. `warning` means that something wrong happened but the extractor was able to
            continue. `error` means that something wrong happened and the extractor _may_ be able to recover, but there will
            likely be downtime and/or loss of data. `fatal` means that something happened that cannot be recovered from.
        description (str): Short error description.
        details (str): Long error details.
        start_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal Time
            (UTC), minus leap seconds. Example: 1730204346000.
        task (str | Unset): The task associated with this error. If null or left out, the error is associated with the
            extractor in general.
        active_config_revision (int | Literal['local'] | Unset): The currently active config revision, or "local" if a
            local config file is in use.
        end_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
    """

    _FIT = {
        "level": "s",
        "description": "s",
        "details": "s",
        "startTime": "i",
        "task": "s",
        "activeConfigRevision": ("u", ("i", ("c", "local"))),
        "endTime": "i",
    }
    _REQUIRED = ("level", "description", "details", "startTime")

    level: ErrorLevel
    description: str
    details: str
    start_time: int
    task: str | Unset = UNSET
    active_config_revision: int | Literal["local"] | Unset = UNSET
    end_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        level = self.level.value

        description = self.description

        details = self.details

        start_time = self.start_time

        task = self.task

        active_config_revision: int | Literal["local"] | Unset
        if isinstance(self.active_config_revision, Unset):
            active_config_revision = UNSET
        else:
            active_config_revision = self.active_config_revision

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "level": level,
                "description": description,
                "details": details,
                "startTime": start_time,
            }
        )
        if task is not UNSET:
            field_dict["task"] = task
        if active_config_revision is not UNSET:
            field_dict["activeConfigRevision"] = active_config_revision
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        level = ErrorLevel(d.pop("level"))

        description = d.pop("description")

        details = d.pop("details")

        start_time = d.pop("startTime")

        task = d.pop("task", UNSET)

        def _parse_active_config_revision(data: object) -> int | Literal["local"] | Unset:
            if isinstance(data, Unset):
                return data
            componentsschemas_active_config_revision_type_1 = cast(Literal["local"], data)
            if componentsschemas_active_config_revision_type_1 != "local":
                raise ValueError(
                    f"/components/schemas/ActiveConfigRevision_type_1 must match const 'local', got '{componentsschemas_active_config_revision_type_1}'"
                )
            return componentsschemas_active_config_revision_type_1
            return cast(int | Literal["local"] | Unset, data)

        active_config_revision = _parse_active_config_revision(d.pop("activeConfigRevision", UNSET))

        end_time = d.pop("endTime", UNSET)

        error_with_task_read = cls(
            level=level,
            description=description,
            details=details,
            start_time=start_time,
            task=task,
            active_config_revision=active_config_revision,
            end_time=end_time,
        )

        error_with_task_read.additional_properties = d
        return error_with_task_read
