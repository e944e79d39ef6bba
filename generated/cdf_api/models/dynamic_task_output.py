from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.task_definition import TaskDefinition


T = TypeVar("T", bound="DynamicTaskOutput")


@_attrs_define
class DynamicTaskOutput(AdditionalProperties):
    """
    Attributes:
        dynamic_tasks (list[TaskDefinition] | Unset):
    """

    _FIT = {"dynamicTasks": ("l", ("m", "TaskDefinition"))}
    _REQUIRED = ()

    dynamic_tasks: list[TaskDefinition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dynamic_tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dynamic_tasks, Unset):
            dynamic_tasks = []
            for dynamic_tasks_item_data in self.dynamic_tasks:
                dynamic_tasks_item = dynamic_tasks_item_data.to_dict()
                dynamic_tasks.append(dynamic_tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dynamic_tasks is not UNSET:
            field_dict["dynamicTasks"] = dynamic_tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_definition import TaskDefinition  # noqa: PLC0415

        d = dict(src_dict)
        _dynamic_tasks = d.pop("dynamicTasks", UNSET)
        dynamic_tasks: list[TaskDefinition] | Unset = UNSET
        if _dynamic_tasks is not UNSET:
            dynamic_tasks = []
            for dynamic_tasks_item_data in _dynamic_tasks:
                dynamic_tasks_item = TaskDefinition.from_dict(dynamic_tasks_item_data)

                dynamic_tasks.append(dynamic_tasks_item)

        dynamic_task_output = cls(
            dynamic_tasks=dynamic_tasks,
        )

        dynamic_task_output.additional_properties = d
        return dynamic_task_output
