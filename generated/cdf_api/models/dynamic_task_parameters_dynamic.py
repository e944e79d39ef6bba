from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DynamicTaskParametersDynamic")


@_attrs_define
class DynamicTaskParametersDynamic(AdditionalProperties):
    """Tasks should reference a list of task definitions, defined exactly like they are during version creation.

    Attributes:
        tasks (str | Unset): A Reference is an expression that allows dynamically injecting input to a task during
            execution. References can be used to reference the input of the Workflow, the output of a previous task in the
            Workflow, or the input of a previous task in the Workflow. Note that the injected value must be valid in the
            context of the property it is injected into.
            Example Task reference: ${myTaskExternalId.output.someKey} Example Workflow input reference:
            ${workflow.input.myKey}
    """

    _FIT = {"tasks": "s"}
    _REQUIRED = ()

    tasks: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tasks = self.tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tasks = d.pop("tasks", UNSET)

        dynamic_task_parameters_dynamic = cls(
            tasks=tasks,
        )

        dynamic_task_parameters_dynamic.additional_properties = d
        return dynamic_task_parameters_dynamic
