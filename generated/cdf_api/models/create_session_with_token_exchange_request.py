from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CreateSessionWithTokenExchangeRequest")


@_attrs_define
class CreateSessionWithTokenExchangeRequest(AdditionalProperties):
    """Credentials for a session using token exchange to reuse the user's credentials.

    Attributes:
        token_exchange (Literal[True]): Use token exchange for the session. Must be `true`.
    """

    _FIT = {"tokenExchange": ("c", True)}
    _REQUIRED = ("tokenExchange",)

    token_exchange: Literal[True]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_exchange = self.token_exchange

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokenExchange": token_exchange,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token_exchange = cast(Literal[True], d.pop("tokenExchange"))
        if token_exchange != True:
            raise ValueError(f"tokenExchange must match const True, got '{token_exchange}'")

        create_session_with_token_exchange_request = cls(
            token_exchange=token_exchange,
        )

        create_session_with_token_exchange_request.additional_properties = d
        return create_session_with_token_exchange_request
