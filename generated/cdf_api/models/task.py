from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_task_type import IntegrationTaskType
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="Task")


@_attrs_define
class Task(AdditionalProperties):
    """Object representing a task the extractor performs while executing.

    Attributes:
        type_ (IntegrationTaskType): Type of task, either running continuously, or for finite periods of time.
        name (str): Task name, must be unique per integration.
        action (bool | Unset): Whether or not this task can be triggered through an external action.
        description (str | Unset): Task description.
    """

    _FIT = {"type": "s", "name": "s", "action": "b", "description": "s"}
    _REQUIRED = ("type", "name")

    type_: IntegrationTaskType
    name: str
    action: bool | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        action = self.action

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = IntegrationTaskType(d.pop("type"))

        name = d.pop("name")

        action = d.pop("action", UNSET)

        description = d.pop("description", UNSET)

        task = cls(
            type_=type_,
            name=name,
            action=action,
            description=description,
        )

        task.additional_properties = d
        return task
