from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, best_first

if TYPE_CHECKING:
    from ..models.cogniteassets_acl_acl import CogniteassetsAclAcl
    from ..models.project_scope_all_projects import ProjectScopeAllProjects
    from ..models.project_scope_projects_list import ProjectScopeProjectsList


T = TypeVar("T", bound="CapabilityAssetsCapability")


@_attrs_define
class CapabilityAssetsCapability:
    """
    Attributes:
        assets_acl (CogniteassetsAclAcl | Unset):
        project_scope (ProjectScopeAllProjects | ProjectScopeProjectsList | Unset):
    """

    _FIT = {
        "assetsAcl": ("m", "CogniteassetsAclAcl"),
        "projectScope": ("u", (("m", "ProjectScopeAllProjects"), ("m", "ProjectScopeProjectsList"))),
    }
    _REQUIRED = ()

    assets_acl: CogniteassetsAclAcl | Unset = UNSET
    project_scope: ProjectScopeAllProjects | ProjectScopeProjectsList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_scope_all_projects import ProjectScopeAllProjects  # noqa: PLC0415

        assets_acl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assets_acl, Unset):
            assets_acl = self.assets_acl.to_dict()

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
        if assets_acl is not UNSET:
            field_dict["assetsAcl"] = assets_acl
        if project_scope is not UNSET:
            field_dict["projectScope"] = project_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cogniteassets_acl_acl import CogniteassetsAclAcl  # noqa: PLC0415
        from ..models.project_scope_all_projects import ProjectScopeAllProjects  # noqa: PLC0415
        from ..models.project_scope_projects_list import ProjectScopeProjectsList  # noqa: PLC0415

        d = dict(src_dict)
        _assets_acl = d.pop("assetsAcl", UNSET)
        assets_acl: CogniteassetsAclAcl | Unset
        if isinstance(_assets_acl, Unset):
            assets_acl = UNSET
        else:
            assets_acl = CogniteassetsAclAcl.from_dict(_assets_acl)

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

        capability_assets_capability = cls(
            assets_acl=assets_acl,
            project_scope=project_scope,
        )

        capability_assets_capability.additional_properties = d
        return capability_assets_capability

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
