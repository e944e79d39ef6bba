from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.cognitedatamodels_acl_acl import CognitedatamodelsAclAcl
    from ..models.project_scope_all_projects import ProjectScopeAllProjects
    from ..models.project_scope_projects_list import ProjectScopeProjectsList


T = TypeVar("T", bound="CapabilityDataModelingSchemaCapability")


@_attrs_define
class CapabilityDataModelingSchemaCapability(AdditionalProperties):
    """
    Attributes:
        digital_twin_acl (CognitedatamodelsAclAcl | Unset):
        project_scope (ProjectScopeAllProjects | ProjectScopeProjectsList | Unset):
    """

    _FIT = {
        "digitalTwinAcl": ("m", "CognitedatamodelsAclAcl"),
        "projectScope": ("u", (("m", "ProjectScopeAllProjects"), ("m", "ProjectScopeProjectsList"))),
    }
    _REQUIRED = ()

    digital_twin_acl: CognitedatamodelsAclAcl | Unset = UNSET
    project_scope: ProjectScopeAllProjects | ProjectScopeProjectsList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        digital_twin_acl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.digital_twin_acl, Unset):
            digital_twin_acl = self.digital_twin_acl.to_dict()

        project_scope: dict[str, Any] | Unset
        if isinstance(self.project_scope, Unset):
            project_scope = UNSET
        else:
            project_scope = self.project_scope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if digital_twin_acl is not UNSET:
            field_dict["digitalTwinAcl"] = digital_twin_acl
        if project_scope is not UNSET:
            field_dict["projectScope"] = project_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognitedatamodels_acl_acl import CognitedatamodelsAclAcl  # noqa: PLC0415
        from ..models.project_scope_all_projects import ProjectScopeAllProjects  # noqa: PLC0415
        from ..models.project_scope_projects_list import ProjectScopeProjectsList  # noqa: PLC0415

        d = dict(src_dict)
        _digital_twin_acl = d.pop("digitalTwinAcl", UNSET)
        digital_twin_acl: CognitedatamodelsAclAcl | Unset
        if isinstance(_digital_twin_acl, Unset):
            digital_twin_acl = UNSET
        else:
            digital_twin_acl = CognitedatamodelsAclAcl.from_dict(_digital_twin_acl)

        def _parse_project_scope(data: object) -> ProjectScopeAllProjects | ProjectScopeProjectsList | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (ProjectScopeAllProjects, ProjectScopeProjectsList))

        project_scope = _parse_project_scope(d.pop("projectScope", UNSET))

        capability_data_modeling_schema_capability = cls(
            digital_twin_acl=digital_twin_acl,
            project_scope=project_scope,
        )

        capability_data_modeling_schema_capability.additional_properties = d
        return capability_data_modeling_schema_capability
