from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="FlatOidcCredentials")


@_attrs_define
class FlatOidcCredentials(AdditionalProperties):
    """
    Attributes:
        client_id (str):
        client_secret (str):
        token_uri (str):
        cdf_project_name (str):
        scopes (str | Unset):
        audience (str | Unset):
    """

    _FIT = {
        "clientId": "s",
        "clientSecret": "s",
        "tokenUri": "s",
        "cdfProjectName": "s",
        "scopes": "s",
        "audience": "s",
    }
    _REQUIRED = ("clientId", "clientSecret", "tokenUri", "cdfProjectName")

    client_id: str
    client_secret: str
    token_uri: str
    cdf_project_name: str
    scopes: str | Unset = UNSET
    audience: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        token_uri = self.token_uri

        cdf_project_name = self.cdf_project_name

        scopes = self.scopes

        audience = self.audience

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "clientSecret": client_secret,
                "tokenUri": token_uri,
                "cdfProjectName": cdf_project_name,
            }
        )
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if audience is not UNSET:
            field_dict["audience"] = audience

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("clientId")

        client_secret = d.pop("clientSecret")

        token_uri = d.pop("tokenUri")

        cdf_project_name = d.pop("cdfProjectName")

        scopes = d.pop("scopes", UNSET)

        audience = d.pop("audience", UNSET)

        flat_oidc_credentials = cls(
            client_id=client_id,
            client_secret=client_secret,
            token_uri=token_uri,
            cdf_project_name=cdf_project_name,
            scopes=scopes,
            audience=audience,
        )

        flat_oidc_credentials.additional_properties = d
        return flat_oidc_credentials
