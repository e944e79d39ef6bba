from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="BindSessionRequest")


@_attrs_define
class BindSessionRequest(AdditionalProperties):
    """Bind a newly created session.

    Attributes:
        nonce (str): Nonce returned by session creation endpoint
        max_expiration_seconds (int | None | Unset): Maximum number of seconds that the session may stay valid for, from
            the time it's bound. Even if the session is refreshed, it may not stay valid beyond this.
    """

    _FIT = {"nonce": "s", "maxExpirationSeconds": ("u", ("i", None))}
    _REQUIRED = ("nonce",)

    nonce: str
    max_expiration_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nonce = self.nonce

        max_expiration_seconds: int | None | Unset
        if isinstance(self.max_expiration_seconds, Unset):
            max_expiration_seconds = UNSET
        else:
            max_expiration_seconds = self.max_expiration_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nonce": nonce,
            }
        )
        if max_expiration_seconds is not UNSET:
            field_dict["maxExpirationSeconds"] = max_expiration_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nonce = d.pop("nonce")

        def _parse_max_expiration_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_expiration_seconds = _parse_max_expiration_seconds(d.pop("maxExpirationSeconds", UNSET))

        bind_session_request = cls(
            nonce=nonce,
            max_expiration_seconds=max_expiration_seconds,
        )

        bind_session_request.additional_properties = d
        return bind_session_request
