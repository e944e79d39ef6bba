from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CognitedatamodelsAclSpaceIdScope")


@_attrs_define
class CognitedatamodelsAclSpaceIdScope(AdditionalProperties):
    """
    Attributes:
        space_ids (list[str] | Unset):
    """

    _FIT = {"spaceIds": ("l", "s")}
    _REQUIRED = ()

    space_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space_ids: list[str] | Unset = UNSET
        if not isinstance(self.space_ids, Unset):
            space_ids = self.space_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if space_ids is not UNSET:
            field_dict["spaceIds"] = space_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space_ids = cast(list[str], d.pop("spaceIds", UNSET))

        cognitedatamodels_acl_space_id_scope = cls(
            space_ids=space_ids,
        )

        cognitedatamodels_acl_space_id_scope.additional_properties = d
        return cognitedatamodels_acl_space_id_scope
