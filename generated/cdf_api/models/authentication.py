from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="Authentication")


@_attrs_define
class Authentication(AdditionalProperties):
    """
    Attributes:
        nonce (str): The nonce of a sessions token, which can be obtained using client credentials authentication flow.
            The nonce's session must be a root session, i.e. it must not be a child of another session. See [Sessions
            API](https://api-docs.cognite.com/20230101/tag/Sessions) documentation for more information. Example:
            hOfy4Zop4N2SPRfl.
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

        authentication = cls(
            nonce=nonce,
        )

        authentication.additional_properties = d
        return authentication
