from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cognite_capability_shared_project_url_names import CogniteCapabilitySharedProjectUrlNames
    from ..models.hostedextractors_acl_acl import HostedextractorsAclAcl


T = TypeVar("T", bound="CogniteCapabilityHostedExtractorsAcl")


@_attrs_define
class CogniteCapabilityHostedExtractorsAcl(AdditionalProperties):
    """
    Attributes:
        project_url_names (CogniteCapabilitySharedProjectUrlNames | Unset):
        hostedextractors_acl (HostedextractorsAclAcl | Unset):
    """

    _FIT = {
        "projectUrlNames": ("m", "CogniteCapabilitySharedProjectUrlNames"),
        "hostedextractorsAcl": ("m", "HostedextractorsAclAcl"),
    }
    _REQUIRED = ()

    project_url_names: CogniteCapabilitySharedProjectUrlNames | Unset = UNSET
    hostedextractors_acl: HostedextractorsAclAcl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_url_names: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_url_names, Unset):
            project_url_names = self.project_url_names.to_dict()

        hostedextractors_acl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hostedextractors_acl, Unset):
            hostedextractors_acl = self.hostedextractors_acl.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_url_names is not UNSET:
            field_dict["projectUrlNames"] = project_url_names
        if hostedextractors_acl is not UNSET:
            field_dict["hostedextractorsAcl"] = hostedextractors_acl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_capability_shared_project_url_names import CogniteCapabilitySharedProjectUrlNames  # noqa: PLC0415
        from ..models.hostedextractors_acl_acl import HostedextractorsAclAcl  # noqa: PLC0415

        d = dict(src_dict)
        _project_url_names = d.pop("projectUrlNames", UNSET)
        project_url_names: CogniteCapabilitySharedProjectUrlNames | Unset
        if isinstance(_project_url_names, Unset):
            project_url_names = UNSET
        else:
            project_url_names = CogniteCapabilitySharedProjectUrlNames.from_dict(_project_url_names)

        _hostedextractors_acl = d.pop("hostedextractorsAcl", UNSET)
        hostedextractors_acl: HostedextractorsAclAcl | Unset
        if isinstance(_hostedextractors_acl, Unset):
            hostedextractors_acl = UNSET
        else:
            hostedextractors_acl = HostedextractorsAclAcl.from_dict(_hostedextractors_acl)

        cognite_capability_hosted_extractors_acl = cls(
            project_url_names=project_url_names,
            hostedextractors_acl=hostedextractors_acl,
        )

        cognite_capability_hosted_extractors_acl.additional_properties = d
        return cognite_capability_hosted_extractors_acl
