from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cognite_capability_shared_project_url_names import CogniteCapabilitySharedProjectUrlNames
    from ..models.entitymatching_acl_acl import EntitymatchingAclAcl


T = TypeVar("T", bound="CogniteCapabilityEntityMatchingAcl")


@_attrs_define
class CogniteCapabilityEntityMatchingAcl(AdditionalProperties):
    """
    Attributes:
        project_url_names (CogniteCapabilitySharedProjectUrlNames | Unset):
        entity_matching_acl (EntitymatchingAclAcl | Unset):
    """

    _FIT = {
        "projectUrlNames": ("m", "CogniteCapabilitySharedProjectUrlNames"),
        "entityMatchingAcl": ("m", "EntitymatchingAclAcl"),
    }
    _REQUIRED = ()

    project_url_names: CogniteCapabilitySharedProjectUrlNames | Unset = UNSET
    entity_matching_acl: EntitymatchingAclAcl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_url_names: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_url_names, Unset):
            project_url_names = self.project_url_names.to_dict()

        entity_matching_acl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entity_matching_acl, Unset):
            entity_matching_acl = self.entity_matching_acl.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_url_names is not UNSET:
            field_dict["projectUrlNames"] = project_url_names
        if entity_matching_acl is not UNSET:
            field_dict["entityMatchingAcl"] = entity_matching_acl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_capability_shared_project_url_names import CogniteCapabilitySharedProjectUrlNames  # noqa: PLC0415
        from ..models.entitymatching_acl_acl import EntitymatchingAclAcl  # noqa: PLC0415

        d = dict(src_dict)
        _project_url_names = d.pop("projectUrlNames", UNSET)
        project_url_names: CogniteCapabilitySharedProjectUrlNames | Unset
        if isinstance(_project_url_names, Unset):
            project_url_names = UNSET
        else:
            project_url_names = CogniteCapabilitySharedProjectUrlNames.from_dict(_project_url_names)

        _entity_matching_acl = d.pop("entityMatchingAcl", UNSET)
        entity_matching_acl: EntitymatchingAclAcl | Unset
        if isinstance(_entity_matching_acl, Unset):
            entity_matching_acl = UNSET
        else:
            entity_matching_acl = EntitymatchingAclAcl.from_dict(_entity_matching_acl)

        cognite_capability_entity_matching_acl = cls(
            project_url_names=project_url_names,
            entity_matching_acl=entity_matching_acl,
        )

        cognite_capability_entity_matching_acl.additional_properties = d
        return cognite_capability_entity_matching_acl
