from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.generic_acl_all_scope import GenericAclAllScope


T = TypeVar("T", bound="CognitelabelsAclScopeAll")


@_attrs_define
class CognitelabelsAclScopeAll(AdditionalProperties):
    """
    Attributes:
        all_ (GenericAclAllScope | Unset):
    """

    _FIT = {"all": ("m", "GenericAclAllScope")}
    _REQUIRED = ()

    all_: GenericAclAllScope | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.all_, Unset):
            all_ = self.all_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_ is not UNSET:
            field_dict["all"] = all_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.generic_acl_all_scope import GenericAclAllScope  # noqa: PLC0415

        d = dict(src_dict)
        _all_ = d.pop("all", UNSET)
        all_: GenericAclAllScope | Unset
        if isinstance(_all_, Unset):
            all_ = UNSET
        else:
            all_ = GenericAclAllScope.from_dict(_all_)

        cognitelabels_acl_scope_all = cls(
            all_=all_,
        )

        cognitelabels_acl_scope_all.additional_properties = d
        return cognitelabels_acl_scope_all
