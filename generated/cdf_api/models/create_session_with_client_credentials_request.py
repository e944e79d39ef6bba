from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CreateSessionWithClientCredentialsRequest")


@_attrs_define
class CreateSessionWithClientCredentialsRequest(AdditionalProperties):
    """Credentials for a session using client credentials from an identity provider.

    Attributes:
        client_id (str): Client ID in identity provider
        client_secret (str): Client secret in identity provider
    """

    _FIT = {"clientId": "s", "clientSecret": "s"}
    _REQUIRED = ("clientId", "clientSecret")

    client_id: str
    client_secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "clientSecret": client_secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("clientId")

        client_secret = d.pop("clientSecret")

        create_session_with_client_credentials_request = cls(
            client_id=client_id,
            client_secret=client_secret,
        )

        create_session_with_client_credentials_request.additional_properties = d
        return create_session_with_client_credentials_request
