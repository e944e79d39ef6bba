from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="UserPrincipal")


@_attrs_define
class UserPrincipal(AdditionalProperties):
    """
    Attributes:
        user_identifier (str): Uniquely identifies the principal the profile is associated with.
             Example: -cFNuYkHgnn5q8pnlVlCRg.
        display_name (str): The display name for the user. Example: Jane Doe.
        picture_url (str): The avatar of the service account Example: https://auth.cognite.com/api/v1/orgs/cog-cognite/p
            rincipals/HByt5JcYe1jYgnN5kFSGikthqcFHJjg4kxciGBFUWbBFv4unyt/picture?_n=1730959200&_e=1731067200&_k=EdCqRojhpCzD
            NF6JrrpfZgp.
        identity_type (Literal['USER']):
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        given_name (str | Unset): The user's first name. Example: Jane.
        surname (str | Unset): The user's last name. Example: Doe.
        email (str | Unset): The user's email address (if any). The email address is is returned directly from the
            identity provider and not guaranteed to be verified.
            It should
            _not_ be used to uniquely identify as a user. Use the `userIdentifier` property instead.
             Example: jane.doe@example.com.
    """

    _FIT = {
        "userIdentifier": "s",
        "displayName": "s",
        "pictureUrl": "s",
        "identityType": ("c", "USER"),
        "lastUpdatedTime": "i",
        "givenName": "s",
        "surname": "s",
        "email": "s",
    }
    _REQUIRED = ("userIdentifier", "displayName", "pictureUrl", "identityType", "lastUpdatedTime")

    user_identifier: str
    display_name: str
    picture_url: str
    identity_type: Literal["USER"]
    last_updated_time: int
    given_name: str | Unset = UNSET
    surname: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_identifier = self.user_identifier

        display_name = self.display_name

        picture_url = self.picture_url

        identity_type = self.identity_type

        last_updated_time = self.last_updated_time

        given_name = self.given_name

        surname = self.surname

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userIdentifier": user_identifier,
                "displayName": display_name,
                "pictureUrl": picture_url,
                "identityType": identity_type,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if given_name is not UNSET:
            field_dict["givenName"] = given_name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_identifier = d.pop("userIdentifier")

        display_name = d.pop("displayName")

        picture_url = d.pop("pictureUrl")

        identity_type = cast(Literal["USER"], d.pop("identityType"))
        if identity_type != "USER":
            raise ValueError(f"identityType must match const 'USER', got '{identity_type}'")

        last_updated_time = d.pop("lastUpdatedTime")

        given_name = d.pop("givenName", UNSET)

        surname = d.pop("surname", UNSET)

        email = d.pop("email", UNSET)

        user_principal = cls(
            user_identifier=user_identifier,
            display_name=display_name,
            picture_url=picture_url,
            identity_type=identity_type,
            last_updated_time=last_updated_time,
            given_name=given_name,
            surname=surname,
            email=email,
        )

        user_principal.additional_properties = d
        return user_principal
