from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.nonce_credentials import NonceCredentials


T = TypeVar("T", bound="SetValueNonceCredentials")


@_attrs_define
class SetValueNonceCredentials(AdditionalProperties):
    """
    Attributes:
        set_ (NonceCredentials): Credentials for a CDF session (sessionId, nonce, and project name). These are obtained
            when you create a session via the Sessions API. See [Sessions API](#tag/Sessions/operation/createSessions)
            documentation for more information.
    """

    _FIT = {"set": ("m", "NonceCredentials")}
    _REQUIRED = ("set",)

    set_: NonceCredentials
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
        from ..models.nonce_credentials import NonceCredentials  # noqa: PLC0415

        d = dict(src_dict)
        set_ = NonceCredentials.from_dict(d.pop("set"))

        set_value_nonce_credentials = cls(
            set_=set_,
        )

        set_value_nonce_credentials.additional_properties = d
        return set_value_nonce_credentials
