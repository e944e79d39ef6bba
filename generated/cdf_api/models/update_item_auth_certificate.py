from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.auth_certificate import AuthCertificate


T = TypeVar("T", bound="UpdateItemAuthCertificate")


@_attrs_define
class UpdateItemAuthCertificate(AdditionalProperties):
    """Set a new authentication certificate.

    Attributes:
        set_ (AuthCertificate): Authentication certificate (if configured) used to authenticate to source.
    """

    _FIT = {"set": ("m", "AuthCertificate")}
    _REQUIRED = ("set",)

    set_: AuthCertificate
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
        from ..models.auth_certificate import AuthCertificate  # noqa: PLC0415

        d = dict(src_dict)
        set_ = AuthCertificate.from_dict(d.pop("set"))

        update_item_auth_certificate = cls(
            set_=set_,
        )

        update_item_auth_certificate.additional_properties = d
        return update_item_auth_certificate
