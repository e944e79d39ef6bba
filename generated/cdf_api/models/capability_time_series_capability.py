from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.cognitetimeseries_acl_acl import CognitetimeseriesAclAcl
    from ..models.project_scope_all_projects import ProjectScopeAllProjects
    from ..models.project_scope_projects_list import ProjectScopeProjectsList


T = TypeVar("T", bound="CapabilityTimeSeriesCapability")


@_attrs_define
class CapabilityTimeSeriesCapability(AdditionalProperties):
    """
    Attributes:
        time_series_acl (CognitetimeseriesAclAcl | Unset):
        project_scope (ProjectScopeAllProjects | ProjectScopeProjectsList | Unset):
    """

    _FIT = {
        "timeSeriesAcl": ("m", "CognitetimeseriesAclAcl"),
        "projectScope": ("u", (("m", "ProjectScopeAllProjects"), ("m", "ProjectScopeProjectsList"))),
    }
    _REQUIRED = ()

    time_series_acl: CognitetimeseriesAclAcl | Unset = UNSET
    project_scope: ProjectScopeAllProjects | ProjectScopeProjectsList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_series_acl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_series_acl, Unset):
            time_series_acl = self.time_series_acl.to_dict()

        project_scope: dict[str, Any] | Unset
        if isinstance(self.project_scope, Unset):
            project_scope = UNSET
        else:
            project_scope = self.project_scope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_series_acl is not UNSET:
            field_dict["timeSeriesAcl"] = time_series_acl
        if project_scope is not UNSET:
            field_dict["projectScope"] = project_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognitetimeseries_acl_acl import CognitetimeseriesAclAcl  # noqa: PLC0415
        from ..models.project_scope_all_projects import ProjectScopeAllProjects  # noqa: PLC0415
        from ..models.project_scope_projects_list import ProjectScopeProjectsList  # noqa: PLC0415

        d = dict(src_dict)
        _time_series_acl = d.pop("timeSeriesAcl", UNSET)
        time_series_acl: CognitetimeseriesAclAcl | Unset
        if isinstance(_time_series_acl, Unset):
            time_series_acl = UNSET
        else:
            time_series_acl = CognitetimeseriesAclAcl.from_dict(_time_series_acl)

        def _parse_project_scope(data: object) -> ProjectScopeAllProjects | ProjectScopeProjectsList | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ProjectScopeAllProjects, ProjectScopeProjectsList))

        project_scope = _parse_project_scope(d.pop("projectScope", UNSET))

        capability_time_series_capability = cls(
            time_series_acl=time_series_acl,
            project_scope=project_scope,
        )

        capability_time_series_capability.additional_properties = d
        return capability_time_series_capability
