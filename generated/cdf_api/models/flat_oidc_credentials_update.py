from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="FlatOidcCredentialsUpdate")


@_attrs_define
class FlatOidcCredentialsUpdate(AdditionalProperties):
    """
    Attributes:
        client_id (str | Unset):
        client_secret (str | Unset):
        scopes (str | Unset):
        token_uri (str | Unset):
        cdf_project_name (str | Unset):
        audience (str | Unset):
    """

    _FIT = {
        "clientId": "s",
        "clientSecret": "s",
        "scopes": "s",
        "tokenUri": "s",
        "cdfProjectName": "s",
        "audience": "s",
    }
    _REQUIRED = ()

    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    scopes: str | Unset = UNSET
    token_uri: str | Unset = UNSET
    cdf_project_name: str | Unset = UNSET
    audience: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        scopes = self.scopes

        token_uri = self.token_uri

        cdf_project_name = self.cdf_project_name

        audience = self.audience

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if token_uri is not UNSET:
            field_dict["tokenUri"] = token_uri
        if cdf_project_name is not UNSET:
            field_dict["cdfProjectName"] = cdf_project_name
        if audience is not UNSET:
            field_dict["audience"] = audience

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("clientId", UNSET)

        client_secret = d.pop("clientSecret", UNSET)

        scopes = d.pop("scopes", UNSET)

        token_uri = d.pop("tokenUri", UNSET)

        cdf_project_name = d.pop("cdfProjectName", UNSET)

        audience = d.pop("audience", UNSET)

        flat_oidc_credentials_update = cls(
            client_id=client_id,
            client_secret=client_secret,
            scopes=scopes,
            token_uri=token_uri,
            cdf_project_name=cdf_project_name,
            audience=audience,
        )

        flat_oidc_credentials_update.additional_properties = d
        return flat_oidc_credentials_update
