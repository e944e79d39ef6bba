from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cognite_capability_shared_project_url_names import CogniteCapabilitySharedProjectUrlNames
    from ..models.locationfilters_acl_acl import LocationfiltersAclAcl


T = TypeVar("T", bound="CogniteCapabilityLocationFiltersAcl")


@_attrs_define
class CogniteCapabilityLocationFiltersAcl(AdditionalProperties):
    """
    Attributes:
        project_url_names (CogniteCapabilitySharedProjectUrlNames | Unset):
        location_filters_acl (LocationfiltersAclAcl | Unset):
    """

    _FIT = {
        "projectUrlNames": ("m", "CogniteCapabilitySharedProjectUrlNames"),
        "locationFiltersAcl": ("m", "LocationfiltersAclAcl"),
    }
    _REQUIRED = ()

    project_url_names: CogniteCapabilitySharedProjectUrlNames | Unset = UNSET
    location_filters_acl: LocationfiltersAclAcl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_url_names: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_url_names, Unset):
            project_url_names = self.project_url_names.to_dict()

        location_filters_acl: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_filters_acl, Unset):
            location_filters_acl = self.location_filters_acl.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_url_names is not UNSET:
            field_dict["projectUrlNames"] = project_url_names
        if location_filters_acl is not UNSET:
            field_dict["locationFiltersAcl"] = location_filters_acl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognite_capability_shared_project_url_names import CogniteCapabilitySharedProjectUrlNames  # noqa: PLC0415
        from ..models.locationfilters_acl_acl import LocationfiltersAclAcl  # noqa: PLC0415

        d = dict(src_dict)
        _project_url_names = d.pop("projectUrlNames", UNSET)
        project_url_names: CogniteCapabilitySharedProjectUrlNames | Unset
        if isinstance(_project_url_names, Unset):
            project_url_names = UNSET
        else:
            project_url_names = CogniteCapabilitySharedProjectUrlNames.from_dict(_project_url_names)

        _location_filters_acl = d.pop("locationFiltersAcl", UNSET)
        location_filters_acl: LocationfiltersAclAcl | Unset
        if isinstance(_location_filters_acl, Unset):
            location_filters_acl = UNSET
        else:
            location_filters_acl = LocationfiltersAclAcl.from_dict(_location_filters_acl)

        cognite_capability_location_filters_acl = cls(
            project_url_names=project_url_names,
            location_filters_acl=location_filters_acl,
        )

        cognite_capability_location_filters_acl.additional_properties = d
        return cognite_capability_location_filters_acl
