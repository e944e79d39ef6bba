from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ProjectCreateRequest")


@_attrs_define
class ProjectCreateRequest(AdditionalProperties):
    """
    Attributes:
        name (str): The URL name of the project. This is used as part of the request path in API calls.

            Valid URL names contains between 3 and 32 characters, and may only contain
            English letters, digits and hyphens, must contain at least one letter
            and may not start or end with a hyphen.
             Example: publicdata.
        cluster_name (str): A CDF cluster name Example: westeurope-1.
        project_admin_group_id (str | Unset): The ID of a group managed by the external identity provider. Example: my-
            external-group.
    """

    _FIT = {"name": "s", "clusterName": "s", "projectAdminGroupId": "s"}
    _REQUIRED = ("name", "clusterName")

    name: str
    cluster_name: str
    project_admin_group_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        cluster_name = self.cluster_name

        project_admin_group_id = self.project_admin_group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "clusterName": cluster_name,
            }
        )
        if project_admin_group_id is not UNSET:
            field_dict["projectAdminGroupId"] = project_admin_group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        cluster_name = d.pop("clusterName")

        project_admin_group_id = d.pop("projectAdminGroupId", UNSET)

        project_create_request = cls(
            name=name,
            cluster_name=cluster_name,
            project_admin_group_id=project_admin_group_id,
        )

        project_create_request.additional_properties = d
        return project_create_request
