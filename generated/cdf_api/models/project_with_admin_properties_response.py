from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_state import ProjectState
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ProjectWithAdminPropertiesResponse")


@_attrs_define
class ProjectWithAdminPropertiesResponse(AdditionalProperties):
    """
    Attributes:
        name (str): The URL name of the project. This is used as part of the request path in API calls.

            Valid URL names contains between 3 and 32 characters, and may only contain
            English letters, digits and hyphens, must contain at least one letter
            and may not start or end with a hyphen.
             Example: publicdata.
        api_url (str): The base API URL for the project Example: https://api.cognitedata.com.
        cluster_name (str): A CDF cluster name Example: westeurope-1.
        state (ProjectState): The state field indicates the state of a project.

            - `ACTIVE`: The project is active.
            - `LOCKED`: The project is deleted but still within its grace period.
            - `DELETED`: The project and its resources are permanently deleted.
        deletion_time (int | Unset): milliseconds since epoch Example: 1697194426715.
    """

    _FIT = {"name": "s", "apiUrl": "s", "clusterName": "s", "state": "s", "deletionTime": "i"}
    _REQUIRED = ("name", "apiUrl", "clusterName", "state")

    name: str
    api_url: str
    cluster_name: str
    state: ProjectState
    deletion_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        api_url = self.api_url

        cluster_name = self.cluster_name

        state = self.state.value

        deletion_time = self.deletion_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "apiUrl": api_url,
                "clusterName": cluster_name,
                "state": state,
            }
        )
        if deletion_time is not UNSET:
            field_dict["deletionTime"] = deletion_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        api_url = d.pop("apiUrl")

        cluster_name = d.pop("clusterName")

        state = ProjectState(d.pop("state"))

        deletion_time = d.pop("deletionTime", UNSET)

        project_with_admin_properties_response = cls(
            name=name,
            api_url=api_url,
            cluster_name=cluster_name,
            state=state,
            deletion_time=deletion_time,
        )

        project_with_admin_properties_response.additional_properties = d
        return project_with_admin_properties_response
