from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.workflow_event_base_metadata_type_0 import WorkflowEventBaseMetadataType0


T = TypeVar("T", bound="WorkflowEventBase")


@_attrs_define
class WorkflowEventBase(AdditionalProperties):
    """Base fields common to all workflow events.

    Attributes:
        event_id (str): Unique identifier for the workflow event.
        workflow_external_id (str): Identifier of the workflow this event belongs to.
        workflow_version (str): Identifier of the workflow version associated with this event.
        event_time (int): Instant the event occurred (e.g., trigger attempt or manual start) (epoch milliseconds).
        reason_for_error (None | str | Unset): Human-readable explanation when status indicates failure, timeout, or
            termination.
        start_time (int | None | Unset): When the execution started processing. Null for failed trigger attempts and for
            executions that have not yet started.
        end_time (int | None | Unset): When the execution finished processing. Null for failed trigger attempts and for
            executions that are not yet terminal.
        metadata (None | Unset | WorkflowEventBaseMetadataType0): Custom, application-specific metadata.
    """

    _FIT = {
        "eventId": "s",
        "workflowExternalId": "s",
        "workflowVersion": "s",
        "eventTime": "i",
        "reasonForError": ("u", ("s", None)),
        "startTime": ("u", ("i", None)),
        "endTime": ("u", ("i", None)),
        "metadata": ("u", (("m", "WorkflowEventBaseMetadataType0"), None)),
    }
    _REQUIRED = ("eventId", "workflowExternalId", "workflowVersion", "eventTime")

    event_id: str
    workflow_external_id: str
    workflow_version: str
    event_time: int
    reason_for_error: None | str | Unset = UNSET
    start_time: int | None | Unset = UNSET
    end_time: int | None | Unset = UNSET
    metadata: None | Unset | WorkflowEventBaseMetadataType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_event_base_metadata_type_0 import WorkflowEventBaseMetadataType0  # noqa: PLC0415

        event_id = self.event_id

        workflow_external_id = self.workflow_external_id

        workflow_version = self.workflow_version

        event_time = self.event_time

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventId": event_id,
                "workflowExternalId": workflow_external_id,
                "workflowVersion": workflow_version,
                "eventTime": event_time,
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_event_base_metadata_type_0 import WorkflowEventBaseMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        event_id = d.pop("eventId")

        workflow_external_id = d.pop("workflowExternalId")

        workflow_version = d.pop("workflowVersion")

        event_time = d.pop("eventTime")

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

        workflow_event_base = cls(
            event_id=event_id,
            workflow_external_id=workflow_external_id,
            workflow_version=workflow_version,
            event_time=event_time,
            reason_for_error=reason_for_error,
            start_time=start_time,
            end_time=end_time,
            metadata=metadata,
        )

        workflow_event_base.additional_properties = d
        return workflow_event_base
