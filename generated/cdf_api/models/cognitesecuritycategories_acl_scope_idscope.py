from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cognitesecuritycategories_acl_id_scope import CognitesecuritycategoriesAclIdScope


T = TypeVar("T", bound="CognitesecuritycategoriesAclScopeIdscope")


@_attrs_define
class CognitesecuritycategoriesAclScopeIdscope(AdditionalProperties):
    """
    Attributes:
        idscope (CognitesecuritycategoriesAclIdScope | Unset):
    """

    _FIT = {"idscope": ("m", "CognitesecuritycategoriesAclIdScope")}
    _REQUIRED = ()

    idscope: CognitesecuritycategoriesAclIdScope | Unset = UNSET
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
        from ..models.cognitesecuritycategories_acl_id_scope import CognitesecuritycategoriesAclIdScope  # noqa: PLC0415

        d = dict(src_dict)
        _idscope = d.pop("idscope", UNSET)
        idscope: CognitesecuritycategoriesAclIdScope | Unset
        if isinstance(_idscope, Unset):
            idscope = UNSET
        else:
            idscope = CognitesecuritycategoriesAclIdScope.from_dict(_idscope)

        cognitesecuritycategories_acl_scope_idscope = cls(
            idscope=idscope,
        )

        cognitesecuritycategories_acl_scope_idscope.additional_properties = d
        return cognitesecuritycategories_acl_scope_idscope
