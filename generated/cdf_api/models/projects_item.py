from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ProjectsItem")


@_attrs_define
class ProjectsItem(AdditionalProperties):
    """
    Attributes:
        project_url_name (str): Project url name
        groups (list[int]): Group IDs
    """

    _FIT = {"projectUrlName": "s", "groups": ("l", "i")}
    _REQUIRED = ("projectUrlName", "groups")

    project_url_name: str
    groups: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_url_name = self.project_url_name

        groups = self.groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectUrlName": project_url_name,
                "groups": groups,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_url_name = d.pop("projectUrlName")

        groups = cast(list[int], d.pop("groups"))

        projects_item = cls(
            project_url_name=project_url_name,
            groups=groups,
        )

        projects_item.additional_properties = d
        return projects_item
