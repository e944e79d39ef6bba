from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SessionTokenResponse")


@_attrs_define
class SessionTokenResponse(AdditionalProperties):
    """
    Attributes:
        id (float): ID of the session.
        access_token (str): Internal access token, for use by the internal service against CDF.
        expires_in (float): Expiration time for the access token, seconds into the future.
        session_expiration_time (int): Unix timestamp in milliseconds of when the session will expire if it is not
            refreshed.
        session_is_extendable (Any): If true, sessionExpirationTime can be extended on refresh. If false,
            sessionExpirationTime will remain the same on refresh.
        session_key (str | Unset): Session key for the session, to be used to refresh the session. Only provided when
            binding a session.
    """

    _FIT = {
        "id": "n",
        "accessToken": "s",
        "expiresIn": "n",
        "sessionExpirationTime": "i",
        "sessionIsExtendable": None,
        "sessionKey": "s",
    }
    _REQUIRED = ("id", "accessToken", "expiresIn", "sessionExpirationTime", "sessionIsExtendable")

    id: float
    access_token: str
    expires_in: float
    session_expiration_time: int
    session_is_extendable: Any
    session_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        access_token = self.access_token

        expires_in = self.expires_in

        session_expiration_time = self.session_expiration_time

        session_is_extendable = self.session_is_extendable

        session_key = self.session_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "accessToken": access_token,
                "expiresIn": expires_in,
                "sessionExpirationTime": session_expiration_time,
                "sessionIsExtendable": session_is_extendable,
            }
        )
        if session_key is not UNSET:
            field_dict["sessionKey"] = session_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        access_token = d.pop("accessToken")

        expires_in = d.pop("expiresIn")

        session_expiration_time = d.pop("sessionExpirationTime")

        session_is_extendable = d.pop("sessionIsExtendable")

        session_key = d.pop("sessionKey", UNSET)

        session_token_response = cls(
            id=id,
            access_token=access_token,
            expires_in=expires_in,
            session_expiration_time=session_expiration_time,
            session_is_extendable=session_is_extendable,
            session_key=session_key,
        )

        session_token_response.additional_properties = d
        return session_token_response
