from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="NewProjectListResponseDtoItemsItem")


@_attrs_define
class NewProjectListResponseDtoItemsItem(AdditionalProperties):
    """
    Attributes:
        name (str): The URL name of the project. This is used as part of the request path in API calls.

            Valid URL names contains between 3 and 32 characters, and may only contain
            English letters, digits and hyphens, must contain at least one letter
            and may not start or end with a hyphen.
             Example: publicdata.
        cluster_name (str): A CDF cluster name Example: westeurope-1.
        project_admin_group_id (str): The ID of the externally-managed group that was assigned as the admin group for
            the new project.
            This may be different from what was specified in the request - see the description of the request
            field `projectAdminGroupId`. Example: my-external-group.
    """

    _FIT = {"name": "s", "clusterName": "s", "projectAdminGroupId": "s"}
    _REQUIRED = ("name", "clusterName", "projectAdminGroupId")

    name: str
    cluster_name: str
    project_admin_group_id: str
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
                "projectAdminGroupId": project_admin_group_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        cluster_name = d.pop("clusterName")

        project_admin_group_id = d.pop("projectAdminGroupId")

        new_project_list_response_dto_items_item = cls(
            name=name,
            cluster_name=cluster_name,
            project_admin_group_id=project_admin_group_id,
        )

        new_project_list_response_dto_items_item.additional_properties = d
        return new_project_list_response_dto_items_item
