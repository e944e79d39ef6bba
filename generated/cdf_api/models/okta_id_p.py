from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="OktaIdP")


@_attrs_define
class OktaIdP(AdditionalProperties):
    """
    Attributes:
        issuer (str): The issuer for the external IdP. Example: https://login.microsoftonline.com/some-tenant-id/v2.0.
        idp_vendor (Literal['OKTA']):
        client_id (str): The client ID of the Okta application.
        client_secret (str): The client secret of the Okta application. It is write-only and cannot be read.
        groups_claim_name (str): The name of the claim that contains the groups in the token Example: my-groups-claim.
        access_token_audience (str): The expected value of the `aud` claim in the Okta access tokens.
    """

    _FIT = {
        "issuer": "s",
        "idpVendor": ("c", "OKTA"),
        "clientId": "s",
        "clientSecret": "s",
        "groupsClaimName": "s",
        "accessTokenAudience": "s",
    }
    _REQUIRED = ("issuer", "idpVendor", "clientId", "clientSecret", "groupsClaimName", "accessTokenAudience")

    issuer: str
    idp_vendor: Literal["OKTA"]
    client_id: str
    client_secret: str
    groups_claim_name: str
    access_token_audience: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issuer = self.issuer

        idp_vendor = self.idp_vendor

        client_id = self.client_id

        client_secret = self.client_secret

        groups_claim_name = self.groups_claim_name

        access_token_audience = self.access_token_audience

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issuer": issuer,
                "idpVendor": idp_vendor,
                "clientId": client_id,
                "clientSecret": client_secret,
                "groupsClaimName": groups_claim_name,
                "accessTokenAudience": access_token_audience,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issuer = d.pop("issuer")

        idp_vendor = cast(Literal["OKTA"], d.pop("idpVendor"))
        if idp_vendor != "OKTA":
            raise ValueError(f"idpVendor must match const 'OKTA', got '{idp_vendor}'")

        client_id = d.pop("clientId")

        client_secret = d.pop("clientSecret")

        groups_claim_name = d.pop("groupsClaimName")

        access_token_audience = d.pop("accessTokenAudience")

        okta_id_p = cls(
            issuer=issuer,
            idp_vendor=idp_vendor,
            client_id=client_id,
            client_secret=client_secret,
            groups_claim_name=groups_claim_name,
            access_token_audience=access_token_audience,
        )

        okta_id_p.additional_properties = d
        return okta_id_p
