from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.generic_acl_current_user_scope import GenericAclCurrentUserScope


T = TypeVar("T", bound="CognitegroupsAclScopeCurrentuserscope")


@_attrs_define
class CognitegroupsAclScopeCurrentuserscope(AdditionalProperties):
    """
    Attributes:
        currentuserscope (GenericAclCurrentUserScope | Unset):
    """

    _FIT = {"currentuserscope": ("m", "GenericAclCurrentUserScope")}
    _REQUIRED = ()

    currentuserscope: GenericAclCurrentUserScope | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currentuserscope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currentuserscope, Unset):
            currentuserscope = self.currentuserscope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currentuserscope is not UNSET:
            field_dict["currentuserscope"] = currentuserscope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.generic_acl_current_user_scope import GenericAclCurrentUserScope  # noqa: PLC0415

        d = dict(src_dict)
        _currentuserscope = d.pop("currentuserscope", UNSET)
        currentuserscope: GenericAclCurrentUserScope | Unset
        if isinstance(_currentuserscope, Unset):
            currentuserscope = UNSET
        else:
            currentuserscope = GenericAclCurrentUserScope.from_dict(_currentuserscope)

        cognitegroups_acl_scope_currentuserscope = cls(
            currentuserscope=currentuserscope,
        )

        cognitegroups_acl_scope_currentuserscope.additional_properties = d
        return cognitegroups_acl_scope_currentuserscope
