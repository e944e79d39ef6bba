from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_status import WorkflowStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.metadata import Metadata


T = TypeVar("T", bound="WorkflowExecutionResponse")


@_attrs_define
class WorkflowExecutionResponse(AdditionalProperties):
    """
    Attributes:
        id (UUID): UUIDv4 identifier for a workflow execution. Example: 059edaa4-a17a-4102-910e-2c3591500cce.
        workflow_external_id (str): Identifier for a workflow. Must be unique for the project. No trailing or leading
            whitespace and no null characters allowed.
        status (WorkflowStatus):
        engine_execution_id (UUID): Additional UUIDv4 identifier for an execution. Useful for Cognite support to
            diagnose issues.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        metadata (Metadata): Custom, application-specific metadata. String key -> String value.
            Keys have a maximum length of 32 characters, values a maximum of 255,
            and there can be a maximum of 10 key-value pairs.
        version (str | Unset): Identifier for a version. Must be unique for the workflow. No trailing or leading
            whitespace and no null characters allowed.
        start_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        end_time (int | Unset): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        reason_for_incompletion (str | Unset): Human-readable reason for terminal failure of a workflow task.
    """

    _FIT = {
        "id": "s",
        "workflowExternalId": "s",
        "status": "s",
        "engineExecutionId": "s",
        "createdTime": "i",
        "metadata": ("m", "Metadata"),
        "version": "s",
        "startTime": "i",
        "endTime": "i",
        "reasonForIncompletion": "s",
    }
    _REQUIRED = ("id", "workflowExternalId", "status", "engineExecutionId", "createdTime", "metadata")

    id: UUID
    workflow_external_id: str
    status: WorkflowStatus
    engine_execution_id: UUID
    created_time: int
    metadata: Metadata
    version: str | Unset = UNSET
    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    reason_for_incompletion: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        workflow_external_id = self.workflow_external_id

        status = self.status.value

        engine_execution_id = str(self.engine_execution_id)

        created_time = self.created_time

        metadata = self.metadata.to_dict()

        version = self.version

        start_time = self.start_time

        end_time = self.end_time

        reason_for_incompletion = self.reason_for_incompletion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workflowExternalId": workflow_external_id,
                "status": status,
                "engineExecutionId": engine_execution_id,
                "createdTime": created_time,
                "metadata": metadata,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if reason_for_incompletion is not UNSET:
            field_dict["reasonForIncompletion"] = reason_for_incompletion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        workflow_external_id = d.pop("workflowExternalId")

        status = WorkflowStatus(d.pop("status"))

        engine_execution_id = UUID(d.pop("engineExecutionId"))

        created_time = d.pop("createdTime")

        metadata = Metadata.from_dict(d.pop("metadata"))

        version = d.pop("version", UNSET)

        start_time = d.pop("startTime", UNSET)

        end_time = d.pop("endTime", UNSET)

        reason_for_incompletion = d.pop("reasonForIncompletion", UNSET)

        workflow_execution_response = cls(
            id=id,
            workflow_external_id=workflow_external_id,
            status=status,
            engine_execution_id=engine_execution_id,
            created_time=created_time,
            metadata=metadata,
            version=version,
            start_time=start_time,
            end_time=end_time,
            reason_for_incompletion=reason_for_incompletion,
        )

        workflow_execution_response.additional_properties = d
        return workflow_execution_response
