from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.cogniteseismic_acl_acl import CogniteseismicAclAcl
    from ..models.project_scope_all_projects import ProjectScopeAllProjects
    from ..models.project_scope_projects_list import ProjectScopeProjectsList


T = TypeVar("T", bound="CapabilitySeismicCapability")


@_attrs_define
class CapabilitySeismicCapability(AdditionalProperties):
    """
    Attributes:
        seismic_acl (CogniteseismicAclAcl | Unset):
        project_scope (ProjectScopeAllProjects | ProjectScopeProjectsList | Unset):
    """

    _FIT = {
        "seismicAcl": ("m", "CogniteseismicAclAcl"),
        "projectScope": ("u", (("m", "ProjectScopeAllProjects"), ("m", "ProjectScopeProjectsList"))),
    }
    _REQUIRED = ()

    seismic_acl: CogniteseismicAclAcl | Unset = UNSET
    project_scope: ProjectScopeAllProjects | ProjectScopeProjectsList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seismic_acl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seismic_acl, Unset):
            seismic_acl = self.seismic_acl.to_dict()

        project_scope: dict[str, Any] | Unset
        if isinstance(self.project_scope, Unset):
            project_scope = UNSET
        else:
            project_scope = self.project_scope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if seismic_acl is not UNSET:
            field_dict["seismicAcl"] = seismic_acl
        if project_scope is not UNSET:
            field_dict["projectScope"] = project_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cogniteseismic_acl_acl import CogniteseismicAclAcl  # noqa: PLC0415
        from ..models.project_scope_all_projects import ProjectScopeAllProjects  # noqa: PLC0415
        from ..models.project_scope_projects_list import ProjectScopeProjectsList  # noqa: PLC0415

        d = dict(src_dict)
        _seismic_acl = d.pop("seismicAcl", UNSET)
        seismic_acl: CogniteseismicAclAcl | Unset
        if isinstance(_seismic_acl, Unset):
            seismic_acl = UNSET
        else:
            seismic_acl = CogniteseismicAclAcl.from_dict(_seismic_acl)

        def _parse_project_scope(data: object) -> ProjectScopeAllProjects | ProjectScopeProjectsList | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ProjectScopeAllProjects, ProjectScopeProjectsList))

        project_scope = _parse_project_scope(d.pop("projectScope", UNSET))

        capability_seismic_capability = cls(
            seismic_acl=seismic_acl,
            project_scope=project_scope,
        )

        capability_seismic_capability.additional_properties = d
        return capability_seismic_capability
