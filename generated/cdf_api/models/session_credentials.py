from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SessionCredentials")


@_attrs_define
class SessionCredentials(AdditionalProperties):
    """Credentials for authenticating towards CDF using a CDF session.

    Attributes:
        nonce (str): Session nonce for a recently created CDF Session.
    """

    _FIT = {"nonce": "s"}
    _REQUIRED = ("nonce",)

    nonce: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nonce = self.nonce

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nonce": nonce,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nonce = d.pop("nonce")

        session_credentials = cls(
            nonce=nonce,
        )

        session_credentials.additional_properties = d
        return session_credentials
