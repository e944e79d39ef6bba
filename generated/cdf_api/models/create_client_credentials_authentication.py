from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CreateClientCredentialsAuthentication")


@_attrs_define
class CreateClientCredentialsAuthentication(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['clientCredentials']): Authentication type.
        client_id (str): Client ID for for the service principal used by the extractor
        client_secret (str): Client secret for for the service principal used by the extractor
        token_url (str): URL to fetch authentication tokens from
        scopes (str): A space separated list of scopes
        default_expires_in (str | Unset): Default value for the expires_in OAuth 2.0 parameter. If the identity provider
            does not return expires_in in token requests, this parameter must be set or the request will fail.
    """

    _FIT = {
        "type": ("c", "clientCredentials"),
        "clientId": "s",
        "clientSecret": "s",
        "tokenUrl": "s",
        "scopes": "s",
        "defaultExpiresIn": "s",
    }
    _REQUIRED = ("type", "clientId", "clientSecret", "tokenUrl", "scopes")

    type_: Literal["clientCredentials"]
    client_id: str
    client_secret: str
    token_url: str
    scopes: str
    default_expires_in: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        client_id = self.client_id

        client_secret = self.client_secret

        token_url = self.token_url

        scopes = self.scopes

        default_expires_in = self.default_expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "clientId": client_id,
                "clientSecret": client_secret,
                "tokenUrl": token_url,
                "scopes": scopes,
            }
        )
        if default_expires_in is not UNSET:
            field_dict["defaultExpiresIn"] = default_expires_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["clientCredentials"], d.pop("type"))
        if type_ != "clientCredentials":
            raise ValueError(f"type must match const 'clientCredentials', got '{type_}'")

        client_id = d.pop("clientId")

        client_secret = d.pop("clientSecret")

        token_url = d.pop("tokenUrl")

        scopes = d.pop("scopes")

        default_expires_in = d.pop("defaultExpiresIn", UNSET)

        create_client_credentials_authentication = cls(
            type_=type_,
            client_id=client_id,
            client_secret=client_secret,
            token_url=token_url,
            scopes=scopes,
            default_expires_in=default_expires_in,
        )

        create_client_credentials_authentication.additional_properties = d
        return create_client_credentials_authentication
