from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="KeycloakIdp")


@_attrs_define
class KeycloakIdp(AdditionalProperties):
    """
    Attributes:
        issuer (str): The issuer for the external IdP. Example: https://login.microsoftonline.com/some-tenant-id/v2.0.
        idp_vendor (Literal['KEYCLOAK']):
        client_id (str): The client ID of the Keycloak application
    """

    _FIT = {"issuer": "s", "idpVendor": ("c", "KEYCLOAK"), "clientId": "s"}
    _REQUIRED = ("issuer", "idpVendor", "clientId")

    issuer: str
    idp_vendor: Literal["KEYCLOAK"]
    client_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issuer = self.issuer

        idp_vendor = self.idp_vendor

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issuer": issuer,
                "idpVendor": idp_vendor,
                "clientId": client_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issuer = d.pop("issuer")

        idp_vendor = cast(Literal["KEYCLOAK"], d.pop("idpVendor"))
        if idp_vendor != "KEYCLOAK":
            raise ValueError(f"idpVendor must match const 'KEYCLOAK', got '{idp_vendor}'")

        client_id = d.pop("clientId")

        keycloak_idp = cls(
            issuer=issuer,
            idp_vendor=idp_vendor,
            client_id=client_id,
        )

        keycloak_idp.additional_properties = d
        return keycloak_idp
