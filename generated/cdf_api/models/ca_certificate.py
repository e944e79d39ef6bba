from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.certificate_type import CertificateType
from ..types import AdditionalProperties

T = TypeVar("T", bound="CACertificate")


@_attrs_define
class CACertificate(AdditionalProperties):
    """Custom certificate authority certificate to let the source use a self signed certificate.

    Attributes:
        type_ (CertificateType): Type of certificate in the `certificate` field.
        certificate (str): Base 64 encoded der certificate, or a pem certificate with headers.
    """

    _FIT = {"type": "s", "certificate": "s"}
    _REQUIRED = ("type", "certificate")

    type_: CertificateType
    certificate: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        certificate = self.certificate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "certificate": certificate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = CertificateType(d.pop("type"))

        certificate = d.pop("certificate")

        ca_certificate = cls(
            type_=type_,
            certificate=certificate,
        )

        ca_certificate.additional_properties = d
        return ca_certificate
