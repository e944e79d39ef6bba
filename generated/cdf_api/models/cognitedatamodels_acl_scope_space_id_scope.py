from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cognitedatamodels_acl_space_id_scope import CognitedatamodelsAclSpaceIdScope


T = TypeVar("T", bound="CognitedatamodelsAclScopeSpaceIdScope")


@_attrs_define
class CognitedatamodelsAclScopeSpaceIdScope(AdditionalProperties):
    """
    Attributes:
        space_id_scope (CognitedatamodelsAclSpaceIdScope | Unset):
    """

    _FIT = {"spaceIdScope": ("m", "CognitedatamodelsAclSpaceIdScope")}
    _REQUIRED = ()

    space_id_scope: CognitedatamodelsAclSpaceIdScope | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space_id_scope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.space_id_scope, Unset):
            space_id_scope = self.space_id_scope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if space_id_scope is not UNSET:
            field_dict["spaceIdScope"] = space_id_scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognitedatamodels_acl_space_id_scope import CognitedatamodelsAclSpaceIdScope  # noqa: PLC0415

        d = dict(src_dict)
        _space_id_scope = d.pop("spaceIdScope", UNSET)
        space_id_scope: CognitedatamodelsAclSpaceIdScope | Unset
        if isinstance(_space_id_scope, Unset):
            space_id_scope = UNSET
        else:
            space_id_scope = CognitedatamodelsAclSpaceIdScope.from_dict(_space_id_scope)

        cognitedatamodels_acl_scope_space_id_scope = cls(
            space_id_scope=space_id_scope,
        )

        cognitedatamodels_acl_scope_space_id_scope.additional_properties = d
        return cognitedatamodels_acl_scope_space_id_scope
