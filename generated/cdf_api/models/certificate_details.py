from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CertificateDetails")


@_attrs_define
class CertificateDetails:
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

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
