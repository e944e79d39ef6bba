from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, best_first

if TYPE_CHECKING:
    from ..models.cogniteilainstances_acl_acl import CogniteilainstancesAclAcl
    from ..models.project_scope_all_projects import ProjectScopeAllProjects
    from ..models.project_scope_projects_list import ProjectScopeProjectsList


T = TypeVar("T", bound="CapabilityIndustrialLogAnalyticsInstancesCapability")


@_attrs_define
class CapabilityIndustrialLogAnalyticsInstancesCapability:
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
        from ..models.project_scope_all_projects import ProjectScopeAllProjects  # noqa: PLC0415

        ila_instances_acl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ila_instances_acl, Unset):
            ila_instances_acl = self.ila_instances_acl.to_dict()

        project_scope: dict[str, Any] | Unset
        if isinstance(self.project_scope, Unset):
            project_scope = UNSET
        elif isinstance(self.project_scope, ProjectScopeAllProjects):
            project_scope = self.project_scope.to_dict()
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
            if isinstance(data, dict):
                _ranked = best_first(
                    data,
                    (
                        ProjectScopeAllProjects,
                        ProjectScopeProjectsList,
                    ),
                )
                for _cls in _ranked[:-1]:
                    try:
                        return _cls.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                return _ranked[-1].from_dict(data)
            raise TypeError(f"expected an object, got {type(data).__name__}")

        project_scope = _parse_project_scope(d.pop("projectScope", UNSET))

        capability_industrial_log_analytics_instances_capability = cls(
            ila_instances_acl=ila_instances_acl,
            project_scope=project_scope,
        )

        capability_industrial_log_analytics_instances_capability.additional_properties = d
        return capability_industrial_log_analytics_instances_capability

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
