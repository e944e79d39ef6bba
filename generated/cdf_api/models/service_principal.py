from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ServicePrincipal")


@_attrs_define
class ServicePrincipal(AdditionalProperties):
    """
    Attributes:
        user_identifier (str): Uniquely identifies the principal the profile is associated with.
             Example: HByt5JcYe1jYgnN5kFSGikthqcFHJjg4kxciGBFUWbBFv4unyt.
        display_name (str): The display name for the service account Example: Industrial Ops Acct 5.
        picture_url (str): The avatar of the service account Example: https://auth.cognite.com/api/v1/orgs/cog-cognite/p
            rincipals/HByt5JcYe1jYgnN5kFSGikthqcFHJjg4kxciGBFUWbBFv4unyt/picture?_n=1730959200&_e=1731067200&_k=EdCqRojhpCzD
            NF6JrrpfZgp.
        identity_type (Literal['SERVICE_PRINCIPAL']):
    """

    _FIT = {"userIdentifier": "s", "displayName": "s", "pictureUrl": "s", "identityType": ("c", "SERVICE_PRINCIPAL")}
    _REQUIRED = ("userIdentifier", "displayName", "pictureUrl", "identityType")

    user_identifier: str
    display_name: str
    picture_url: str
    identity_type: Literal["SERVICE_PRINCIPAL"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_identifier = self.user_identifier

        display_name = self.display_name

        picture_url = self.picture_url

        identity_type = self.identity_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userIdentifier": user_identifier,
                "displayName": display_name,
                "pictureUrl": picture_url,
                "identityType": identity_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_identifier = d.pop("userIdentifier")

        display_name = d.pop("displayName")

        picture_url = d.pop("pictureUrl")

        identity_type = cast(Literal["SERVICE_PRINCIPAL"], d.pop("identityType"))
        if identity_type != "SERVICE_PRINCIPAL":
            raise ValueError(f"identityType must match const 'SERVICE_PRINCIPAL', got '{identity_type}'")

        service_principal = cls(
            user_identifier=user_identifier,
            display_name=display_name,
            picture_url=picture_url,
            identity_type=identity_type,
        )

        service_principal.additional_properties = d
        return service_principal
