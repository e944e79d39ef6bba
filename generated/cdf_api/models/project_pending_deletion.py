from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_deletion_report_state_not_completed import ProjectDeletionReportStateNotCompleted
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ProjectPendingDeletion")


@_attrs_define
class ProjectPendingDeletion(AdditionalProperties):
    """
    Attributes:
        project_id (int): Project id of the report
        resource (str): Resource identifier Example: timeseries.
        state (ProjectDeletionReportStateNotCompleted | Unset): The state field indicates the state of deletion.

            - `RECEIVED`: The service acknowledges it has received a notification about the project’s deletion.
            - `STARTED`: The service has started to delete data for the resource in the project.
            - `FAILED`: The service failed to delete all data for the resource in the project. The failure field should also
            be set containing additional details.

        failure (str | Unset): Optional failure reason
        last_updated_time (int | Unset): milliseconds since epoch Example: 1697194426715.
    """

    _FIT = {"projectId": "i", "resource": "s", "state": "s", "failure": "s", "lastUpdatedTime": "i"}
    _REQUIRED = ("projectId", "resource")

    project_id: int
    resource: str
    state: ProjectDeletionReportStateNotCompleted | Unset = UNSET
    failure: str | Unset = UNSET
    last_updated_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        resource = self.resource

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        failure = self.failure

        last_updated_time = self.last_updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "resource": resource,
            }
        )
        if state is not UNSET:
            field_dict["state"] = state
        if failure is not UNSET:
            field_dict["failure"] = failure
        if last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = last_updated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        resource = d.pop("resource")

        _state = d.pop("state", UNSET)
        state: ProjectDeletionReportStateNotCompleted | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ProjectDeletionReportStateNotCompleted(_state)

        failure = d.pop("failure", UNSET)

        last_updated_time = d.pop("lastUpdatedTime", UNSET)

        project_pending_deletion = cls(
            project_id=project_id,
            resource=resource,
            state=state,
            failure=failure,
            last_updated_time=last_updated_time,
        )

        project_pending_deletion.additional_properties = d
        return project_pending_deletion
