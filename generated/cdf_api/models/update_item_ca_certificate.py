from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.ca_certificate import CACertificate


T = TypeVar("T", bound="UpdateItemCACertificate")


@_attrs_define
class UpdateItemCACertificate(AdditionalProperties):
    """Set a new certificate authority.

    Attributes:
        set_ (CACertificate): Custom certificate authority certificate to let the source use a self signed certificate.
    """

    _FIT = {"set": ("m", "CACertificate")}
    _REQUIRED = ("set",)

    set_: CACertificate
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
        from ..models.ca_certificate import CACertificate  # noqa: PLC0415

        d = dict(src_dict)
        set_ = CACertificate.from_dict(d.pop("set"))

        update_item_ca_certificate = cls(
            set_=set_,
        )

        update_item_ca_certificate.additional_properties = d
        return update_item_ca_certificate
