from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ProjectScopeProjectsList")


@_attrs_define
class ProjectScopeProjectsList(AdditionalProperties):
    """
    Attributes:
        projects (list[str]):
    """

    _FIT = {"projects": ("l", "s")}
    _REQUIRED = ("projects",)

    projects: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        projects = self.projects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projects": projects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        projects = cast(list[str], d.pop("projects"))

        project_scope_projects_list = cls(
            projects=projects,
        )

        project_scope_projects_list.additional_properties = d
        return project_scope_projects_list
