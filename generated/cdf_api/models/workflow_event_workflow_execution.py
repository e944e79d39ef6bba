from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_event_workflow_execution_execution_type import WorkflowEventWorkflowExecutionExecutionType
from ..models.workflow_status import WorkflowStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.workflow_event_base_metadata_type_0 import WorkflowEventBaseMetadataType0


T = TypeVar("T", bound="WorkflowEventWorkflowExecution")


@_attrs_define
class WorkflowEventWorkflowExecution(AdditionalProperties):
    """Represents a single execution (run) of a workflow.

    Attributes:
        event_id (str): Unique identifier for the workflow event.
        workflow_external_id (str): Identifier of the workflow this event belongs to.
        workflow_version (str): Identifier of the workflow version associated with this event.
        event_time (int): Instant the event occurred (e.g., trigger attempt or manual start) (epoch milliseconds).
        event_type (Literal['WORKFLOW_EXECUTION']): Identifies this event as a workflow execution. Always
            'WORKFLOW_EXECUTION'.
        workflow_execution_id (UUID): UUIDv4 identifier for a workflow execution. Example:
            059edaa4-a17a-4102-910e-2c3591500cce.
        execution_type (WorkflowEventWorkflowExecutionExecutionType): Indicates how the execution was triggered.
        engine_execution_id (UUID): Additional UUIDv4 identifier for an execution. Useful for Cognite support to
            diagnose issues.
        status (WorkflowStatus):
        reason_for_error (None | str | Unset): Human-readable explanation when status indicates failure, timeout, or
            termination.
        start_time (int | None | Unset): When the execution started processing. Null for failed trigger attempts and for
            executions that have not yet started.
        end_time (int | None | Unset): When the execution finished processing. Null for failed trigger attempts and for
            executions that are not yet terminal.
        metadata (None | Unset | WorkflowEventBaseMetadataType0): Custom, application-specific metadata.
        trigger_external_id (None | str | Unset): Identifier for the trigger that started this execution. null if the
            execution was started manually.
        initiated_by_user_id (str | Unset): Identifier of the principal (user or service-principal) who created the
            trigger or manually started the execution.
        running_as_user_id (str | Unset): Identifier of the principal (user or service-principal) whose session
            credentials are used to execute the workflow. This determines the permissions and access rights under which the
            workflow runs.
    """

    _FIT = {
        "eventId": "s",
        "workflowExternalId": "s",
        "workflowVersion": "s",
        "eventTime": "i",
        "eventType": ("c", "WORKFLOW_EXECUTION"),
        "workflowExecutionId": "s",
        "executionType": "s",
        "engineExecutionId": "s",
        "status": "s",
        "reasonForError": ("u", ("s", None)),
        "startTime": ("u", ("i", None)),
        "endTime": ("u", ("i", None)),
        "metadata": ("u", (("m", "WorkflowEventBaseMetadataType0"), None)),
        "triggerExternalId": ("u", ("s", None)),
        "initiatedByUserId": "s",
        "runningAsUserId": "s",
    }
    _REQUIRED = (
        "eventId",
        "workflowExternalId",
        "workflowVersion",
        "eventTime",
        "eventType",
        "workflowExecutionId",
        "executionType",
        "engineExecutionId",
        "status",
    )

    event_id: str
    workflow_external_id: str
    workflow_version: str
    event_time: int
    event_type: Literal["WORKFLOW_EXECUTION"]
    workflow_execution_id: UUID
    execution_type: WorkflowEventWorkflowExecutionExecutionType
    engine_execution_id: UUID
    status: WorkflowStatus
    reason_for_error: None | str | Unset = UNSET
    start_time: int | None | Unset = UNSET
    end_time: int | None | Unset = UNSET
    metadata: None | Unset | WorkflowEventBaseMetadataType0 = UNSET
    trigger_external_id: None | str | Unset = UNSET
    initiated_by_user_id: str | Unset = UNSET
    running_as_user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_event_base_metadata_type_0 import WorkflowEventBaseMetadataType0  # noqa: PLC0415

        event_id = self.event_id

        workflow_external_id = self.workflow_external_id

        workflow_version = self.workflow_version

        event_time = self.event_time

        event_type = self.event_type

        workflow_execution_id = str(self.workflow_execution_id)

        execution_type = self.execution_type.value

        engine_execution_id = str(self.engine_execution_id)

        status = self.status.value

        reason_for_error: None | str | Unset
        if isinstance(self.reason_for_error, Unset):
            reason_for_error = UNSET
        else:
            reason_for_error = self.reason_for_error

        start_time: int | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: int | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, WorkflowEventBaseMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        trigger_external_id: None | str | Unset
        if isinstance(self.trigger_external_id, Unset):
            trigger_external_id = UNSET
        else:
            trigger_external_id = self.trigger_external_id

        initiated_by_user_id = self.initiated_by_user_id

        running_as_user_id = self.running_as_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventId": event_id,
                "workflowExternalId": workflow_external_id,
                "workflowVersion": workflow_version,
                "eventTime": event_time,
                "eventType": event_type,
                "workflowExecutionId": workflow_execution_id,
                "executionType": execution_type,
                "engineExecutionId": engine_execution_id,
                "status": status,
            }
        )
        if reason_for_error is not UNSET:
            field_dict["reasonForError"] = reason_for_error
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if trigger_external_id is not UNSET:
            field_dict["triggerExternalId"] = trigger_external_id
        if initiated_by_user_id is not UNSET:
            field_dict["initiatedByUserId"] = initiated_by_user_id
        if running_as_user_id is not UNSET:
            field_dict["runningAsUserId"] = running_as_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_event_base_metadata_type_0 import WorkflowEventBaseMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        event_id = d.pop("eventId")

        workflow_external_id = d.pop("workflowExternalId")

        workflow_version = d.pop("workflowVersion")

        event_time = d.pop("eventTime")

        event_type = cast(Literal["WORKFLOW_EXECUTION"], d.pop("eventType"))
        if event_type != "WORKFLOW_EXECUTION":
            raise ValueError(f"eventType must match const 'WORKFLOW_EXECUTION', got '{event_type}'")

        workflow_execution_id = UUID(d.pop("workflowExecutionId"))

        execution_type = WorkflowEventWorkflowExecutionExecutionType(d.pop("executionType"))

        engine_execution_id = UUID(d.pop("engineExecutionId"))

        status = WorkflowStatus(d.pop("status"))

        def _parse_reason_for_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason_for_error = _parse_reason_for_error(d.pop("reasonForError", UNSET))

        def _parse_start_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_time = _parse_start_time(d.pop("startTime", UNSET))

        def _parse_end_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end_time = _parse_end_time(d.pop("endTime", UNSET))

        def _parse_metadata(data: object) -> None | Unset | WorkflowEventBaseMetadataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = WorkflowEventBaseMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowEventBaseMetadataType0, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_trigger_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trigger_external_id = _parse_trigger_external_id(d.pop("triggerExternalId", UNSET))

        initiated_by_user_id = d.pop("initiatedByUserId", UNSET)

        running_as_user_id = d.pop("runningAsUserId", UNSET)

        workflow_event_workflow_execution = cls(
            event_id=event_id,
            workflow_external_id=workflow_external_id,
            workflow_version=workflow_version,
            event_time=event_time,
            event_type=event_type,
            workflow_execution_id=workflow_execution_id,
            execution_type=execution_type,
            engine_execution_id=engine_execution_id,
            status=status,
            reason_for_error=reason_for_error,
            start_time=start_time,
            end_time=end_time,
            metadata=metadata,
            trigger_external_id=trigger_external_id,
            initiated_by_user_id=initiated_by_user_id,
            running_as_user_id=running_as_user_id,
        )

        workflow_event_workflow_execution.additional_properties = d
        return workflow_event_workflow_execution
