from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.task_definition import TaskDefinition


T = TypeVar("T", bound="WorkflowDefinitionResponse")


@_attrs_define
class WorkflowDefinitionResponse(AdditionalProperties):
    """
    Attributes:
        hash_ (str):
        tasks (list[TaskDefinition]):
        description (str | Unset):
    """

    _FIT = {"hash": "s", "tasks": ("l", ("m", "TaskDefinition")), "description": "s"}
    _REQUIRED = ("hash", "tasks")

    hash_: str
    tasks: list[TaskDefinition]
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hash_ = self.hash_

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hash": hash_,
                "tasks": tasks,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_definition import TaskDefinition  # noqa: PLC0415

        d = dict(src_dict)
        hash_ = d.pop("hash")

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = TaskDefinition.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        description = d.pop("description", UNSET)

        workflow_definition_response = cls(
            hash_=hash_,
            tasks=tasks,
            description=description,
        )

        workflow_definition_response.additional_properties = d
        return workflow_definition_response
