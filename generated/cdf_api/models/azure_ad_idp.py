from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="AzureAdIdp")


@_attrs_define
class AzureAdIdp(AdditionalProperties):
    """
    Attributes:
        issuer (str): The issuer for the external IdP. For Azure AD, it conforms to the example URL and contains the
            tenant ID. Example: https://login.microsoftonline.com/some-tenant-id/v2.0.
        idp_vendor (Literal['AZURE_AD']):
    """

    _FIT = {"issuer": "s", "idpVendor": ("c", "AZURE_AD")}
    _REQUIRED = ("issuer", "idpVendor")

    issuer: str
    idp_vendor: Literal["AZURE_AD"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issuer = self.issuer

        idp_vendor = self.idp_vendor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issuer": issuer,
                "idpVendor": idp_vendor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issuer = d.pop("issuer")

        idp_vendor = cast(Literal["AZURE_AD"], d.pop("idpVendor"))
        if idp_vendor != "AZURE_AD":
            raise ValueError(f"idpVendor must match const 'AZURE_AD', got '{idp_vendor}'")

        azure_ad_idp = cls(
            issuer=issuer,
            idp_vendor=idp_vendor,
        )

        azure_ad_idp.additional_properties = d
        return azure_ad_idp
