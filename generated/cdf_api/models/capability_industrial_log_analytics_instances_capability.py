from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.cogniteilainstances_acl_acl import CogniteilainstancesAclAcl
    from ..models.project_scope_all_projects import ProjectScopeAllProjects
    from ..models.project_scope_projects_list import ProjectScopeProjectsList


T = TypeVar("T", bound="CapabilityIndustrialLogAnalyticsInstancesCapability")


@_attrs_define
class CapabilityIndustrialLogAnalyticsInstancesCapability(AdditionalProperties):
    """
    Attributes:
        ila_instances_acl (CogniteilainstancesAclAcl | Unset):
        project_scope (ProjectScopeAllProjects | ProjectScopeProjectsList | Unset):
    """

    _FIT = {
        "ilaInstancesAcl": ("m", "CogniteilainstancesAclAcl"),
        "projectScope": ("u", (("m", "ProjectScopeAllProjects"), ("m", "ProjectScopeProjectsList"))),
    }
    _REQUIRED = ()

    ila_instances_acl: CogniteilainstancesAclAcl | Unset = UNSET
    project_scope: ProjectScopeAllProjects | ProjectScopeProjectsList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ila_instances_acl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ila_instances_acl, Unset):
            ila_instances_acl = self.ila_instances_acl.to_dict()

        project_scope: dict[str, Any] | Unset
        if isinstance(self.project_scope, Unset):
            project_scope = UNSET
        else:
            project_scope = self.project_scope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ila_instances_acl is not UNSET:
            field_dict["ilaInstancesAcl"] = ila_instances_acl
        if project_scope is not UNSET:
            field_dict["projectScope"] = project_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cogniteilainstances_acl_acl import CogniteilainstancesAclAcl  # noqa: PLC0415
        from ..models.project_scope_all_projects import ProjectScopeAllProjects  # noqa: PLC0415
        from ..models.project_scope_projects_list import ProjectScopeProjectsList  # noqa: PLC0415

        d = dict(src_dict)
        _ila_instances_acl = d.pop("ilaInstancesAcl", UNSET)
        ila_instances_acl: CogniteilainstancesAclAcl | Unset
        if isinstance(_ila_instances_acl, Unset):
            ila_instances_acl = UNSET
        else:
            ila_instances_acl = CogniteilainstancesAclAcl.from_dict(_ila_instances_acl)

        def _parse_project_scope(data: object) -> ProjectScopeAllProjects | ProjectScopeProjectsList | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ProjectScopeAllProjects, ProjectScopeProjectsList))

        project_scope = _parse_project_scope(d.pop("projectScope", UNSET))

        capability_industrial_log_analytics_instances_capability = cls(
            ila_instances_acl=ila_instances_acl,
            project_scope=project_scope,
        )

        capability_industrial_log_analytics_instances_capability.additional_properties = d
        return capability_industrial_log_analytics_instances_capability
