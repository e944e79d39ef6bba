from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.cogniteanalytics_acl_acl import CogniteanalyticsAclAcl
    from ..models.project_scope_all_projects import ProjectScopeAllProjects
    from ..models.project_scope_projects_list import ProjectScopeProjectsList


T = TypeVar("T", bound="CapabilityAnalyticsCapability")


@_attrs_define
class CapabilityAnalyticsCapability(AdditionalProperties):
    """
    Attributes:
        analytics_acl (CogniteanalyticsAclAcl | Unset):
        project_scope (ProjectScopeAllProjects | ProjectScopeProjectsList | Unset):
    """

    _FIT = {
        "analyticsAcl": ("m", "CogniteanalyticsAclAcl"),
        "projectScope": ("u", (("m", "ProjectScopeAllProjects"), ("m", "ProjectScopeProjectsList"))),
    }
    _REQUIRED = ()

    analytics_acl: CogniteanalyticsAclAcl | Unset = UNSET
    project_scope: ProjectScopeAllProjects | ProjectScopeProjectsList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analytics_acl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.analytics_acl, Unset):
            analytics_acl = self.analytics_acl.to_dict()

        project_scope: dict[str, Any] | Unset
        if isinstance(self.project_scope, Unset):
            project_scope = UNSET
        else:
            project_scope = self.project_scope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if analytics_acl is not UNSET:
            field_dict["analyticsAcl"] = analytics_acl
        if project_scope is not UNSET:
            field_dict["projectScope"] = project_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cogniteanalytics_acl_acl import CogniteanalyticsAclAcl  # noqa: PLC0415
        from ..models.project_scope_all_projects import ProjectScopeAllProjects  # noqa: PLC0415
        from ..models.project_scope_projects_list import ProjectScopeProjectsList  # noqa: PLC0415

        d = dict(src_dict)
        _analytics_acl = d.pop("analyticsAcl", UNSET)
        analytics_acl: CogniteanalyticsAclAcl | Unset
        if isinstance(_analytics_acl, Unset):
            analytics_acl = UNSET
        else:
            analytics_acl = CogniteanalyticsAclAcl.from_dict(_analytics_acl)

        def _parse_project_scope(data: object) -> ProjectScopeAllProjects | ProjectScopeProjectsList | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ProjectScopeAllProjects, ProjectScopeProjectsList))

        project_scope = _parse_project_scope(d.pop("projectScope", UNSET))

        capability_analytics_capability = cls(
            analytics_acl=analytics_acl,
            project_scope=project_scope,
        )

        capability_analytics_capability.additional_properties = d
        return capability_analytics_capability
