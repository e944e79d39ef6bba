from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_deletion_report_state import ProjectDeletionReportState
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DeletionReportRequest")


@_attrs_define
class DeletionReportRequest(AdditionalProperties):
    """
    Attributes:
        project_id (int): Project id of the report
        resource (str): Resource identifier Example: timeseries.
        state (ProjectDeletionReportState): The state field indicates the state of deletion.

            - `RECEIVED`: The service acknowledges it has received a notification about the project’s deletion.
            - `STARTED`: The service has started to delete data for the resource in the project.
            - `COMPLETED`: The service has deleted all data for the resource in the project.
            - `FAILED`: The service failed to delete all data for the resource in the project. The failure field should also
            be set containing additional details.
            - `NOT_APPLICABLE`: No data deletion is needed for the resource in the project.

        failure (str | Unset): Optional failure reason
    """

    _FIT = {"projectId": "i", "resource": "s", "state": "s", "failure": "s"}
    _REQUIRED = ("projectId", "resource", "state")

    project_id: int
    resource: str
    state: ProjectDeletionReportState
    failure: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        resource = self.resource

        state = self.state.value

        failure = self.failure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectId": project_id,
                "resource": resource,
                "state": state,
            }
        )
        if failure is not UNSET:
            field_dict["failure"] = failure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId")

        resource = d.pop("resource")

        state = ProjectDeletionReportState(d.pop("state"))

        failure = d.pop("failure", UNSET)

        deletion_report_request = cls(
            project_id=project_id,
            resource=resource,
            state=state,
            failure=failure,
        )

        deletion_report_request.additional_properties = d
        return deletion_report_request
