from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.extra_auth_parameter import ExtraAuthParameter


T = TypeVar("T", bound="Auth0Idp")


@_attrs_define
class Auth0Idp(AdditionalProperties):
    """
    Attributes:
        issuer (str): The issuer for the external IdP. Example: https://login.microsoftonline.com/some-tenant-id/v2.0.
        idp_vendor (Literal['AUTH0']):
        client_id (str): The client ID of the Auth0 application
        client_secret (str): The client secret of the Auth0 application. It is write-only and cannot be read.
        groups_claim_name (str): The name of the claim that contains the groups in the token Example: my-groups-claim.
        extra_auth_parameters (list[ExtraAuthParameter] | Unset): Extra parameters to be sent to the Auth0 token
            endpoint
    """

    _FIT = {
        "issuer": "s",
        "idpVendor": ("c", "AUTH0"),
        "clientId": "s",
        "clientSecret": "s",
        "groupsClaimName": "s",
        "extraAuthParameters": ("l", ("m", "ExtraAuthParameter")),
    }
    _REQUIRED = ("issuer", "idpVendor", "clientId", "clientSecret", "groupsClaimName")

    issuer: str
    idp_vendor: Literal["AUTH0"]
    client_id: str
    client_secret: str
    groups_claim_name: str
    extra_auth_parameters: list[ExtraAuthParameter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issuer = self.issuer

        idp_vendor = self.idp_vendor

        client_id = self.client_id

        client_secret = self.client_secret

        groups_claim_name = self.groups_claim_name

        extra_auth_parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extra_auth_parameters, Unset):
            extra_auth_parameters = []
            for extra_auth_parameters_item_data in self.extra_auth_parameters:
                extra_auth_parameters_item = extra_auth_parameters_item_data.to_dict()
                extra_auth_parameters.append(extra_auth_parameters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issuer": issuer,
                "idpVendor": idp_vendor,
                "clientId": client_id,
                "clientSecret": client_secret,
                "groupsClaimName": groups_claim_name,
            }
        )
        if extra_auth_parameters is not UNSET:
            field_dict["extraAuthParameters"] = extra_auth_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.extra_auth_parameter import ExtraAuthParameter  # noqa: PLC0415

        d = dict(src_dict)
        issuer = d.pop("issuer")

        idp_vendor = cast(Literal["AUTH0"], d.pop("idpVendor"))
        if idp_vendor != "AUTH0":
            raise ValueError(f"idpVendor must match const 'AUTH0', got '{idp_vendor}'")

        client_id = d.pop("clientId")

        client_secret = d.pop("clientSecret")

        groups_claim_name = d.pop("groupsClaimName")

        _extra_auth_parameters = d.pop("extraAuthParameters", UNSET)
        extra_auth_parameters: list[ExtraAuthParameter] | Unset = UNSET
        if _extra_auth_parameters is not UNSET:
            extra_auth_parameters = []
            for extra_auth_parameters_item_data in _extra_auth_parameters:
                extra_auth_parameters_item = ExtraAuthParameter.from_dict(extra_auth_parameters_item_data)

                extra_auth_parameters.append(extra_auth_parameters_item)

        auth_0_idp = cls(
            issuer=issuer,
            idp_vendor=idp_vendor,
            client_id=client_id,
            client_secret=client_secret,
            groups_claim_name=groups_claim_name,
            extra_auth_parameters=extra_auth_parameters,
        )

        auth_0_idp.additional_properties = d
        return auth_0_idp
