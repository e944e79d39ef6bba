from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_event_trigger_attempt_execution_type import WorkflowEventTriggerAttemptExecutionType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.workflow_event_base_metadata_type_0 import WorkflowEventBaseMetadataType0


T = TypeVar("T", bound="WorkflowEventTriggerAttempt")


@_attrs_define
class WorkflowEventTriggerAttempt(AdditionalProperties):
    """Represents an attempt by a trigger to start a workflow execution.

    Attributes:
        event_id (str): Unique identifier for the workflow event.
        workflow_external_id (str): Identifier of the workflow this event belongs to.
        workflow_version (str): Identifier of the workflow version associated with this event.
        event_time (int): Instant the event occurred (e.g., trigger attempt or manual start) (epoch milliseconds).
        event_type (Literal['TRIGGER_ATTEMPT']): Identifies this event as a trigger attempt.
        execution_type (WorkflowEventTriggerAttemptExecutionType): Indicates the type of trigger that failed.
        status (Literal['FAILED']): The final state of the trigger attempt.
        trigger_external_id (str): Identifier for the trigger that fired.
        reason_for_error (None | str | Unset): Human-readable explanation when status indicates failure, timeout, or
            termination.
        start_time (int | None | Unset): When the execution started processing. Null for failed trigger attempts and for
            executions that have not yet started.
        end_time (int | None | Unset): When the execution finished processing. Null for failed trigger attempts and for
            executions that are not yet terminal.
        metadata (None | Unset | WorkflowEventBaseMetadataType0): Custom, application-specific metadata.
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
        "eventType": ("c", "TRIGGER_ATTEMPT"),
        "executionType": "s",
        "status": ("c", "FAILED"),
        "triggerExternalId": "s",
        "reasonForError": ("u", ("s", None)),
        "startTime": ("u", ("i", None)),
        "endTime": ("u", ("i", None)),
        "metadata": ("u", (("m", "WorkflowEventBaseMetadataType0"), None)),
        "initiatedByUserId": "s",
        "runningAsUserId": "s",
    }
    _REQUIRED = (
        "eventId",
        "workflowExternalId",
        "workflowVersion",
        "eventTime",
        "eventType",
        "executionType",
        "status",
        "triggerExternalId",
    )

    event_id: str
    workflow_external_id: str
    workflow_version: str
    event_time: int
    event_type: Literal["TRIGGER_ATTEMPT"]
    execution_type: WorkflowEventTriggerAttemptExecutionType
    status: Literal["FAILED"]
    trigger_external_id: str
    reason_for_error: None | str | Unset = UNSET
    start_time: int | None | Unset = UNSET
    end_time: int | None | Unset = UNSET
    metadata: None | Unset | WorkflowEventBaseMetadataType0 = UNSET
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

        execution_type = self.execution_type.value

        status = self.status

        trigger_external_id = self.trigger_external_id

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
                "executionType": execution_type,
                "status": status,
                "triggerExternalId": trigger_external_id,
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

        event_type = cast(Literal["TRIGGER_ATTEMPT"], d.pop("eventType"))
        if event_type != "TRIGGER_ATTEMPT":
            raise ValueError(f"eventType must match const 'TRIGGER_ATTEMPT', got '{event_type}'")

        execution_type = WorkflowEventTriggerAttemptExecutionType(d.pop("executionType"))

        status = cast(Literal["FAILED"], d.pop("status"))
        if status != "FAILED":
            raise ValueError(f"status must match const 'FAILED', got '{status}'")

        trigger_external_id = d.pop("triggerExternalId")

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

        initiated_by_user_id = d.pop("initiatedByUserId", UNSET)

        running_as_user_id = d.pop("runningAsUserId", UNSET)

        workflow_event_trigger_attempt = cls(
            event_id=event_id,
            workflow_external_id=workflow_external_id,
            workflow_version=workflow_version,
            event_time=event_time,
            event_type=event_type,
            execution_type=execution_type,
            status=status,
            trigger_external_id=trigger_external_id,
            reason_for_error=reason_for_error,
            start_time=start_time,
            end_time=end_time,
            metadata=metadata,
            initiated_by_user_id=initiated_by_user_id,
            running_as_user_id=running_as_user_id,
        )

        workflow_event_trigger_attempt.additional_properties = d
        return workflow_event_trigger_attempt
