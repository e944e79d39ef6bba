from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CreateSessionWithOneshotTokenExchangeRequest")


@_attrs_define
class CreateSessionWithOneshotTokenExchangeRequest(AdditionalProperties):
    """Credentials for a session using one-shot token exchange to reuse the user's credentials.
    One-shot sessions are short-lived sessions that are not refreshed and do not require support for token exchange from
    the identity provider.

        Attributes:
            oneshot_token_exchange (Literal[True]): Use one-shot token exchange for the session. Must be `true`.
    """

    _FIT = {"oneshotTokenExchange": ("c", True)}
    _REQUIRED = ("oneshotTokenExchange",)

    oneshot_token_exchange: Literal[True]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        oneshot_token_exchange = self.oneshot_token_exchange

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "oneshotTokenExchange": oneshot_token_exchange,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        oneshot_token_exchange = cast(Literal[True], d.pop("oneshotTokenExchange"))
        if oneshot_token_exchange != True:
            raise ValueError(f"oneshotTokenExchange must match const True, got '{oneshot_token_exchange}'")

        create_session_with_oneshot_token_exchange_request = cls(
            oneshot_token_exchange=oneshot_token_exchange,
        )

        create_session_with_oneshot_token_exchange_request.additional_properties = d
        return create_session_with_oneshot_token_exchange_request
