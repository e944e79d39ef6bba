from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.task_definition import TaskDefinition


T = TypeVar("T", bound="SubworkflowTaskParametersTasks")


@_attrs_define
class SubworkflowTaskParametersTasks(AdditionalProperties):
    """
    Attributes:
        tasks (list[TaskDefinition]): A list of tasks with their inputs and interdependencies. Similar to the way tasks
            are defined in a workflow definition.
            Note: subworkflows cannot contain dynamic tasks or nested subworkflows
    """

    _FIT = {"tasks": ("l", ("m", "TaskDefinition"))}
    _REQUIRED = ("tasks",)

    tasks: list[TaskDefinition]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tasks": tasks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_definition import TaskDefinition  # noqa: PLC0415

        d = dict(src_dict)
        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = TaskDefinition.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        subworkflow_task_parameters_tasks = cls(
            tasks=tasks,
        )

        subworkflow_task_parameters_tasks.additional_properties = d
        return subworkflow_task_parameters_tasks
