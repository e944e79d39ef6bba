from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cognite_capability_shared_project_url_names import CogniteCapabilitySharedProjectUrlNames
    from ..models.cogniterobotics_acl_acl import CogniteroboticsAclAcl


T = TypeVar("T", bound="CogniteCapabilityRoboticsAcl")


@_attrs_define
class CogniteCapabilityRoboticsAcl(AdditionalProperties):
    """
    Attributes:
        project_url_names (CogniteCapabilitySharedProjectUrlNames | Unset):
        groups_acl (CogniteroboticsAclAcl | Unset):
    """

    _FIT = {
        "projectUrlNames": ("m", "CogniteCapabilitySharedProjectUrlNames"),
        "groupsAcl": ("m", "CogniteroboticsAclAcl"),
    }
    _REQUIRED = ()

    project_url_names: CogniteCapabilitySharedProjectUrlNames | Unset = UNSET
    groups_acl: CogniteroboticsAclAcl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_url_names: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_url_names, Unset):
            project_url_names = self.project_url_names.to_dict()

        groups_acl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.groups_acl, Unset):
            groups_acl = self.groups_acl.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_url_names is not UNSET:
            field_dict["projectUrlNames"] = project_url_names
        if groups_acl is not UNSET:
            field_dict["groupsAcl"] = groups_acl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_capability_shared_project_url_names import CogniteCapabilitySharedProjectUrlNames  # noqa: PLC0415
        from ..models.cogniterobotics_acl_acl import CogniteroboticsAclAcl  # noqa: PLC0415

        d = dict(src_dict)
        _project_url_names = d.pop("projectUrlNames", UNSET)
        project_url_names: CogniteCapabilitySharedProjectUrlNames | Unset
        if isinstance(_project_url_names, Unset):
            project_url_names = UNSET
        else:
            project_url_names = CogniteCapabilitySharedProjectUrlNames.from_dict(_project_url_names)

        _groups_acl = d.pop("groupsAcl", UNSET)
        groups_acl: CogniteroboticsAclAcl | Unset
        if isinstance(_groups_acl, Unset):
            groups_acl = UNSET
        else:
            groups_acl = CogniteroboticsAclAcl.from_dict(_groups_acl)

        cognite_capability_robotics_acl = cls(
            project_url_names=project_url_names,
            groups_acl=groups_acl,
        )

        cognite_capability_robotics_acl.additional_properties = d
        return cognite_capability_robotics_acl
