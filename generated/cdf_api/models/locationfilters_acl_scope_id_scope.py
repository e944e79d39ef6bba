from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.locationfilters_acl_id_scope import LocationfiltersAclIdScope


T = TypeVar("T", bound="LocationfiltersAclScopeIdScope")


@_attrs_define
class LocationfiltersAclScopeIdScope(AdditionalProperties):
    """
    Attributes:
        id_scope (LocationfiltersAclIdScope | Unset):
    """

    _FIT = {"idScope": ("m", "LocationfiltersAclIdScope")}
    _REQUIRED = ()

    id_scope: LocationfiltersAclIdScope | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.id_scope, Unset):
            id_scope = self.id_scope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id_scope is not UNSET:
            field_dict["idScope"] = id_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.locationfilters_acl_id_scope import LocationfiltersAclIdScope  # noqa: PLC0415

        d = dict(src_dict)
        _id_scope = d.pop("idScope", UNSET)
        id_scope: LocationfiltersAclIdScope | Unset
        if isinstance(_id_scope, Unset):
            id_scope = UNSET
        else:
            id_scope = LocationfiltersAclIdScope.from_dict(_id_scope)

        locationfilters_acl_scope_id_scope = cls(
            id_scope=id_scope,
        )

        locationfilters_acl_scope_id_scope.additional_properties = d
        return locationfilters_acl_scope_id_scope
