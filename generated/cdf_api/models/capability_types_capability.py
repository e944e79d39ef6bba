from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.cognitetypes_acl_acl import CognitetypesAclAcl
    from ..models.project_scope_all_projects import ProjectScopeAllProjects
    from ..models.project_scope_projects_list import ProjectScopeProjectsList


T = TypeVar("T", bound="CapabilityTypesCapability")


@_attrs_define
class CapabilityTypesCapability(AdditionalProperties):
    """
    Attributes:
        types_acl (CognitetypesAclAcl | Unset):
        project_scope (ProjectScopeAllProjects | ProjectScopeProjectsList | Unset):
    """

    _FIT = {
        "typesAcl": ("m", "CognitetypesAclAcl"),
        "projectScope": ("u", (("m", "ProjectScopeAllProjects"), ("m", "ProjectScopeProjectsList"))),
    }
    _REQUIRED = ()

    types_acl: CognitetypesAclAcl | Unset = UNSET
    project_scope: ProjectScopeAllProjects | ProjectScopeProjectsList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        types_acl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.types_acl, Unset):
            types_acl = self.types_acl.to_dict()

        project_scope: dict[str, Any] | Unset
        if isinstance(self.project_scope, Unset):
            project_scope = UNSET
        else:
            project_scope = self.project_scope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if types_acl is not UNSET:
            field_dict["typesAcl"] = types_acl
        if project_scope is not UNSET:
            field_dict["projectScope"] = project_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognitetypes_acl_acl import CognitetypesAclAcl  # noqa: PLC0415
        from ..models.project_scope_all_projects import ProjectScopeAllProjects  # noqa: PLC0415
        from ..models.project_scope_projects_list import ProjectScopeProjectsList  # noqa: PLC0415

        d = dict(src_dict)
        _types_acl = d.pop("typesAcl", UNSET)
        types_acl: CognitetypesAclAcl | Unset
        if isinstance(_types_acl, Unset):
            types_acl = UNSET
        else:
            types_acl = CognitetypesAclAcl.from_dict(_types_acl)

        def _parse_project_scope(data: object) -> ProjectScopeAllProjects | ProjectScopeProjectsList | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ProjectScopeAllProjects, ProjectScopeProjectsList))

        project_scope = _parse_project_scope(d.pop("projectScope", UNSET))

        capability_types_capability = cls(
            types_acl=types_acl,
            project_scope=project_scope,
        )

        capability_types_capability.additional_properties = d
        return capability_types_capability
