from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.cognitesequences_acl_acl import CognitesequencesAclAcl
    from ..models.project_scope_all_projects import ProjectScopeAllProjects
    from ..models.project_scope_projects_list import ProjectScopeProjectsList


T = TypeVar("T", bound="CapabilitySequencesCapability")


@_attrs_define
class CapabilitySequencesCapability(AdditionalProperties):
    """
    Attributes:
        sequences_acl (CognitesequencesAclAcl | Unset):
        project_scope (ProjectScopeAllProjects | ProjectScopeProjectsList | Unset):
    """

    _FIT = {
        "sequencesAcl": ("m", "CognitesequencesAclAcl"),
        "projectScope": ("u", (("m", "ProjectScopeAllProjects"), ("m", "ProjectScopeProjectsList"))),
    }
    _REQUIRED = ()

    sequences_acl: CognitesequencesAclAcl | Unset = UNSET
    project_scope: ProjectScopeAllProjects | ProjectScopeProjectsList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sequences_acl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sequences_acl, Unset):
            sequences_acl = self.sequences_acl.to_dict()

        project_scope: dict[str, Any] | Unset
        if isinstance(self.project_scope, Unset):
            project_scope = UNSET
        else:
            project_scope = self.project_scope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sequences_acl is not UNSET:
            field_dict["sequencesAcl"] = sequences_acl
        if project_scope is not UNSET:
            field_dict["projectScope"] = project_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognitesequences_acl_acl import CognitesequencesAclAcl  # noqa: PLC0415
        from ..models.project_scope_all_projects import ProjectScopeAllProjects  # noqa: PLC0415
        from ..models.project_scope_projects_list import ProjectScopeProjectsList  # noqa: PLC0415

        d = dict(src_dict)
        _sequences_acl = d.pop("sequencesAcl", UNSET)
        sequences_acl: CognitesequencesAclAcl | Unset
        if isinstance(_sequences_acl, Unset):
            sequences_acl = UNSET
        else:
            sequences_acl = CognitesequencesAclAcl.from_dict(_sequences_acl)

        def _parse_project_scope(data: object) -> ProjectScopeAllProjects | ProjectScopeProjectsList | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ProjectScopeAllProjects, ProjectScopeProjectsList))

        project_scope = _parse_project_scope(d.pop("projectScope", UNSET))

        capability_sequences_capability = cls(
            sequences_acl=sequences_acl,
            project_scope=project_scope,
        )

        capability_sequences_capability.additional_properties = d
        return capability_sequences_capability
