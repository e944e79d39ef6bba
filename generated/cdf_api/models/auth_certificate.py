from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.certificate_type import CertificateType
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AuthCertificate")


@_attrs_define
class AuthCertificate(AdditionalProperties):
    """Authentication certificate (if configured) used to authenticate to source.

    Attributes:
        key (str): The key for the certificate
        type_ (CertificateType): Type of certificate in the `certificate` field.
        certificate (str): Base 64 encoded der certificate, or a pem certificate with headers.
        key_password (str | Unset): The password for the certificate key
    """

    _FIT = {"key": "s", "type": "s", "certificate": "s", "keyPassword": "s"}
    _REQUIRED = ("key", "type", "certificate")

    key: str
    type_: CertificateType
    certificate: str
    key_password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        type_ = self.type_.value

        certificate = self.certificate

        key_password = self.key_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "type": type_,
                "certificate": certificate,
            }
        )
        if key_password is not UNSET:
            field_dict["keyPassword"] = key_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        type_ = CertificateType(d.pop("type"))

        certificate = d.pop("certificate")

        key_password = d.pop("keyPassword", UNSET)

        auth_certificate = cls(
            key=key,
            type_=type_,
            certificate=certificate,
            key_password=key_password,
        )

        auth_certificate.additional_properties = d
        return auth_certificate
