from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.flat_oidc_credentials_update import FlatOidcCredentialsUpdate


T = TypeVar("T", bound="SetValueFlatOidcCredentialsUpdate")


@_attrs_define
class SetValueFlatOidcCredentialsUpdate(AdditionalProperties):
    """
    Attributes:
        set_ (FlatOidcCredentialsUpdate):
    """

    _FIT = {"set": ("m", "FlatOidcCredentialsUpdate")}
    _REQUIRED = ("set",)

    set_: FlatOidcCredentialsUpdate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = self.set_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flat_oidc_credentials_update import FlatOidcCredentialsUpdate  # noqa: PLC0415

        d = dict(src_dict)
        set_ = FlatOidcCredentialsUpdate.from_dict(d.pop("set"))

        set_value_flat_oidc_credentials_update = cls(
            set_=set_,
        )

        set_value_flat_oidc_credentials_update.additional_properties = d
        return set_value_flat_oidc_credentials_update
