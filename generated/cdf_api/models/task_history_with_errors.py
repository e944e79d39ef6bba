from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="TaskHistoryWithErrors")


@_attrs_define
class TaskHistoryWithErrors(AdditionalProperties):
    """A historical task run.

    Attributes:
        task_name (str): Name of the task this run corresponds to.
        error_count (int): Number of errors tied to this task run.
        start_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal Time
            (UTC), minus leap seconds. Example: 1730204346000.
        message (str | Unset): Message tied to task run.
        active_config_revision (int | Literal['local'] | Unset): The currently active config revision, or "local" if a
            local config file is in use.
        end_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
    """

    _FIT = {
        "taskName": "s",
        "errorCount": "i",
        "startTime": "i",
        "message": "s",
        "activeConfigRevision": ("u", ("i", ("c", "local"))),
        "endTime": "i",
    }
    _REQUIRED = ("taskName", "errorCount", "startTime")

    task_name: str
    error_count: int
    start_time: int
    message: str | Unset = UNSET
    active_config_revision: int | Literal["local"] | Unset = UNSET
    end_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_name = self.task_name

        error_count = self.error_count

        start_time = self.start_time

        message = self.message

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
                "taskName": task_name,
                "errorCount": error_count,
                "startTime": start_time,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if active_config_revision is not UNSET:
            field_dict["activeConfigRevision"] = active_config_revision
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_name = d.pop("taskName")

        error_count = d.pop("errorCount")

        start_time = d.pop("startTime")

        message = d.pop("message", UNSET)

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

        task_history_with_errors = cls(
            task_name=task_name,
            error_count=error_count,
            start_time=start_time,
            message=message,
            active_config_revision=active_config_revision,
            end_time=end_time,
        )

        task_history_with_errors.additional_properties = d
        return task_history_with_errors
