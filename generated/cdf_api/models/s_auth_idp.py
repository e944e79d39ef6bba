from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SAuthIdp")


@_attrs_define
class SAuthIdp(AdditionalProperties):
    """
    Attributes:
        issuer (str): The issuer for the external IdP. Example: https://login.microsoftonline.com/some-tenant-id/v2.0.
        idp_vendor (Literal['SAUTH']):
        client_id (str): The client ID of the SAuth application
        client_secret (str): The client secret of the SAuth application. It is write-only and cannot be read.
        app_key (str): The app key of the SAuth application. It is write-only and cannot be read.
        groups_url (str): The URL for the group membership callback endpoint of the SAuth server.
        id_token_audience (str): The expected value of the `aud` claim in the SAuth identity tokens.
        extra_scope (str): The extra scope to request from SAuth, in addition to the standard scopes `openid
            offline_access profile email`.
    """

    _FIT = {
        "issuer": "s",
        "idpVendor": ("c", "SAUTH"),
        "clientId": "s",
        "clientSecret": "s",
        "appKey": "s",
        "groupsUrl": "s",
        "idTokenAudience": "s",
        "extraScope": "s",
    }
    _REQUIRED = (
        "issuer",
        "idpVendor",
        "clientId",
        "clientSecret",
        "appKey",
        "groupsUrl",
        "idTokenAudience",
        "extraScope",
    )

    issuer: str
    idp_vendor: Literal["SAUTH"]
    client_id: str
    client_secret: str
    app_key: str
    groups_url: str
    id_token_audience: str
    extra_scope: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issuer = self.issuer

        idp_vendor = self.idp_vendor

        client_id = self.client_id

        client_secret = self.client_secret

        app_key = self.app_key

        groups_url = self.groups_url

        id_token_audience = self.id_token_audience

        extra_scope = self.extra_scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issuer": issuer,
                "idpVendor": idp_vendor,
                "clientId": client_id,
                "clientSecret": client_secret,
                "appKey": app_key,
                "groupsUrl": groups_url,
                "idTokenAudience": id_token_audience,
                "extraScope": extra_scope,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issuer = d.pop("issuer")

        idp_vendor = cast(Literal["SAUTH"], d.pop("idpVendor"))
        if idp_vendor != "SAUTH":
            raise ValueError(f"idpVendor must match const 'SAUTH', got '{idp_vendor}'")

        client_id = d.pop("clientId")

        client_secret = d.pop("clientSecret")

        app_key = d.pop("appKey")

        groups_url = d.pop("groupsUrl")

        id_token_audience = d.pop("idTokenAudience")

        extra_scope = d.pop("extraScope")

        s_auth_idp = cls(
            issuer=issuer,
            idp_vendor=idp_vendor,
            client_id=client_id,
            client_secret=client_secret,
            app_key=app_key,
            groups_url=groups_url,
            id_token_audience=id_token_audience,
            extra_scope=extra_scope,
        )

        s_auth_idp.additional_properties = d
        return s_auth_idp
