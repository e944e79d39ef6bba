from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cognitedatasets_acl_id_scope import CognitedatasetsAclIdScope


T = TypeVar("T", bound="CognitedatasetsAclScopeIdscope")


@_attrs_define
class CognitedatasetsAclScopeIdscope(AdditionalProperties):
    """
    Attributes:
        idscope (CognitedatasetsAclIdScope | Unset):
    """

    _FIT = {"idscope": ("m", "CognitedatasetsAclIdScope")}
    _REQUIRED = ()

    idscope: CognitedatasetsAclIdScope | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        idscope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.idscope, Unset):
            idscope = self.idscope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if idscope is not UNSET:
            field_dict["idscope"] = idscope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cognitedatasets_acl_id_scope import CognitedatasetsAclIdScope  # noqa: PLC0415

        d = dict(src_dict)
        _idscope = d.pop("idscope", UNSET)
        idscope: CognitedatasetsAclIdScope | Unset
        if isinstance(_idscope, Unset):
            idscope = UNSET
        else:
            idscope = CognitedatasetsAclIdScope.from_dict(_idscope)

        cognitedatasets_acl_scope_idscope = cls(
            idscope=idscope,
        )

        cognitedatasets_acl_scope_idscope.additional_properties = d
        return cognitedatasets_acl_scope_idscope
