from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_update_type import TaskUpdateType
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="TaskUpdate")


@_attrs_define
class TaskUpdate(AdditionalProperties):
    """Update to the status of a task.

    Attributes:
        type_ (TaskUpdateType): Type of task update.
        name (str): Name of the task to update.
        timestamp (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal Time
            (UTC), minus leap seconds. Example: 1730204346000.
        message (str | Unset): Message tied to task run.
    """

    _FIT = {"type": "s", "name": "s", "timestamp": "i", "message": "s"}
    _REQUIRED = ("type", "name", "timestamp")

    type_: TaskUpdateType
    name: str
    timestamp: int
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        timestamp = self.timestamp

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "timestamp": timestamp,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = TaskUpdateType(d.pop("type"))

        name = d.pop("name")

        timestamp = d.pop("timestamp")

        message = d.pop("message", UNSET)

        task_update = cls(
            type_=type_,
            name=name,
            timestamp=timestamp,
            message=message,
        )

        task_update.additional_properties = d
        return task_update
