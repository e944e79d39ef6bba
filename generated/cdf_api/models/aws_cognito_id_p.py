from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="AWSCognitoIdP")


@_attrs_define
class AWSCognitoIdP(AdditionalProperties):
    """
    Attributes:
        issuer (str): The issuer for the external IdP. Example: https://login.microsoftonline.com/some-tenant-id/v2.0.
        idp_vendor (Literal['AWS_COGNITO']):
        client_id (str): The client ID of the AWS Cognito application
        client_secret (str): The client secret of the AWS Cognito application
    """

    _FIT = {"issuer": "s", "idpVendor": ("c", "AWS_COGNITO"), "clientId": "s", "clientSecret": "s"}
    _REQUIRED = ("issuer", "idpVendor", "clientId", "clientSecret")

    issuer: str
    idp_vendor: Literal["AWS_COGNITO"]
    client_id: str
    client_secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issuer = self.issuer

        idp_vendor = self.idp_vendor

        client_id = self.client_id

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issuer": issuer,
                "idpVendor": idp_vendor,
                "clientId": client_id,
                "clientSecret": client_secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issuer = d.pop("issuer")

        idp_vendor = cast(Literal["AWS_COGNITO"], d.pop("idpVendor"))
        if idp_vendor != "AWS_COGNITO":
            raise ValueError(f"idpVendor must match const 'AWS_COGNITO', got '{idp_vendor}'")

        client_id = d.pop("clientId")

        client_secret = d.pop("clientSecret")

        aws_cognito_id_p = cls(
            issuer=issuer,
            idp_vendor=idp_vendor,
            client_id=client_id,
            client_secret=client_secret,
        )

        aws_cognito_id_p.additional_properties = d
        return aws_cognito_id_p
