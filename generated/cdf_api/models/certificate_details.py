from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CertificateDetails")


@_attrs_define
class CertificateDetails(AdditionalProperties):
    """Excerpt of certificate details

    Attributes:
        thumbprint (str): A thumbprint of the certificate provided
        expires_at (int): The expiry date of the certificate
    """

    _FIT = {"thumbprint": "s", "expiresAt": "i"}
    _REQUIRED = ("thumbprint", "expiresAt")

    thumbprint: str
    expires_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thumbprint = self.thumbprint

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thumbprint": thumbprint,
                "expiresAt": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        thumbprint = d.pop("thumbprint")

        expires_at = d.pop("expiresAt")

        certificate_details = cls(
            thumbprint=thumbprint,
            expires_at=expires_at,
        )

        certificate_details.additional_properties = d
        return certificate_details
