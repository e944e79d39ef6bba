from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_status import WorkflowStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.execution_input import ExecutionInput
    from ..models.metadata import Metadata
    from ..models.task_execution import TaskExecution
    from ..models.workflow_definition_response import WorkflowDefinitionResponse


T = TypeVar("T", bound="WorkflowExecution")


@_attrs_define
class WorkflowExecution(AdditionalProperties):
    """
    Attributes:
        id (UUID): UUIDv4 identifier for a workflow execution. Example: 059edaa4-a17a-4102-910e-2c3591500cce.
        workflow_external_id (str): Identifier for a workflow. Must be unique for the project. No trailing or leading
            whitespace and no null characters allowed.
        workflow_definition (WorkflowDefinitionResponse):
        status (WorkflowStatus):
        engine_execution_id (UUID): Additional UUIDv4 identifier for an execution. Useful for Cognite support to
            diagnose issues.
        executed_tasks (list[TaskExecution]):
        metadata (Metadata): Custom, application-specific metadata. String key -> String value.
            Keys have a maximum length of 32 characters, values a maximum of 255,
            and there can be a maximum of 10 key-value pairs.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        version (str | Unset): Identifier for a version. Must be unique for the workflow. No trailing or leading
            whitespace and no null characters allowed.
        input_ (ExecutionInput | Unset): Input data to the workflow. The content of the input data can be used as input
            to the workflow tasks using references. The input data should be in JSON format, and is limited to 100KB in
            size. Example: {'key1': 'value1', 'key2': 'value2'}.
        start_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        end_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        reason_for_incompletion (str | Unset): Human-readable reason for terminal failure of a workflow task.
    """

    _FIT = {
        "id": "s",
        "workflowExternalId": "s",
        "workflowDefinition": ("m", "WorkflowDefinitionResponse"),
        "status": "s",
        "engineExecutionId": "s",
        "executedTasks": ("l", ("m", "TaskExecution")),
        "metadata": ("m", "Metadata"),
        "createdTime": "i",
        "version": "s",
        "input": ("m", "ExecutionInput"),
        "startTime": "i",
        "endTime": "i",
        "reasonForIncompletion": "s",
    }
    _REQUIRED = (
        "id",
        "workflowExternalId",
        "workflowDefinition",
        "status",
        "engineExecutionId",
        "executedTasks",
        "metadata",
        "createdTime",
    )

    id: UUID
    workflow_external_id: str
    workflow_definition: WorkflowDefinitionResponse
    status: WorkflowStatus
    engine_execution_id: UUID
    executed_tasks: list[TaskExecution]
    metadata: Metadata
    created_time: int
    version: str | Unset = UNSET
    input_: ExecutionInput | Unset = UNSET
    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    reason_for_incompletion: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        workflow_external_id = self.workflow_external_id

        workflow_definition = self.workflow_definition.to_dict()

        status = self.status.value

        engine_execution_id = str(self.engine_execution_id)

        executed_tasks = []
        for executed_tasks_item_data in self.executed_tasks:
            executed_tasks_item = executed_tasks_item_data.to_dict()
            executed_tasks.append(executed_tasks_item)

        metadata = self.metadata.to_dict()

        created_time = self.created_time

        version = self.version

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        start_time = self.start_time

        end_time = self.end_time

        reason_for_incompletion = self.reason_for_incompletion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workflowExternalId": workflow_external_id,
                "workflowDefinition": workflow_definition,
                "status": status,
                "engineExecutionId": engine_execution_id,
                "executedTasks": executed_tasks,
                "metadata": metadata,
                "createdTime": created_time,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if input_ is not UNSET:
            field_dict["input"] = input_
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if reason_for_incompletion is not UNSET:
            field_dict["reasonForIncompletion"] = reason_for_incompletion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.execution_input import ExecutionInput  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.task_execution import TaskExecution  # noqa: PLC0415
        from ..models.workflow_definition_response import WorkflowDefinitionResponse  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        workflow_external_id = d.pop("workflowExternalId")

        workflow_definition = WorkflowDefinitionResponse.from_dict(d.pop("workflowDefinition"))

        status = WorkflowStatus(d.pop("status"))

        engine_execution_id = UUID(d.pop("engineExecutionId"))

        executed_tasks = []
        _executed_tasks = d.pop("executedTasks")
        for executed_tasks_item_data in _executed_tasks:
            executed_tasks_item = TaskExecution.from_dict(executed_tasks_item_data)

            executed_tasks.append(executed_tasks_item)

        metadata = Metadata.from_dict(d.pop("metadata"))

        created_time = d.pop("createdTime")

        version = d.pop("version", UNSET)

        _input_ = d.pop("input", UNSET)
        input_: ExecutionInput | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = ExecutionInput.from_dict(_input_)

        start_time = d.pop("startTime", UNSET)

        end_time = d.pop("endTime", UNSET)

        reason_for_incompletion = d.pop("reasonForIncompletion", UNSET)

        workflow_execution = cls(
            id=id,
            workflow_external_id=workflow_external_id,
            workflow_definition=workflow_definition,
            status=status,
            engine_execution_id=engine_execution_id,
            executed_tasks=executed_tasks,
            metadata=metadata,
            created_time=created_time,
            version=version,
            input_=input_,
            start_time=start_time,
            end_time=end_time,
            reason_for_incompletion=reason_for_incompletion,
        )

        workflow_execution.additional_properties = d
        return workflow_execution
