from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CognitesecuritycategoriesAclIdScope")


@_attrs_define
class CognitesecuritycategoriesAclIdScope(AdditionalProperties):
    """
    Attributes:
        ids (list[str] | Unset):
    """

    _FIT = {"ids": ("l", "s")}
    _REQUIRED = ()

    ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids", UNSET))

        cognitesecuritycategories_acl_id_scope = cls(
            ids=ids,
        )

        cognitesecuritycategories_acl_id_scope.additional_properties = d
        return cognitesecuritycategories_acl_id_scope
