from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.project_scope_all_projects_all_projects import ProjectScopeAllProjectsAllProjects


T = TypeVar("T", bound="ProjectScopeAllProjects")


@_attrs_define
class ProjectScopeAllProjects(AdditionalProperties):
    """
    Attributes:
        all_projects (ProjectScopeAllProjectsAllProjects): All projects
    """

    _FIT = {"allProjects": ("m", "ProjectScopeAllProjectsAllProjects")}
    _REQUIRED = ("allProjects",)

    all_projects: ProjectScopeAllProjectsAllProjects
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_projects = self.all_projects.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allProjects": all_projects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_scope_all_projects_all_projects import ProjectScopeAllProjectsAllProjects  # noqa: PLC0415

        d = dict(src_dict)
        all_projects = ProjectScopeAllProjectsAllProjects.from_dict(d.pop("allProjects"))

        project_scope_all_projects = cls(
            all_projects=all_projects,
        )

        project_scope_all_projects.additional_properties = d
        return project_scope_all_projects
