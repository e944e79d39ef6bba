from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="OrgUser")


@_attrs_define
class OrgUser(AdditionalProperties):
    """
    Attributes:
        id (str): The ID of an organization user Example: -user-string-id-aBc123.
        picture_url (str):  Example: https://example.com/picture.png.
        email (str | Unset):
        name (str | Unset):  Example: John N. Doe.
        given_name (str | Unset):  Example: John.
        middle_name (str | Unset):  Example: N..
        family_name (str | Unset):  Example: Doe.
    """

    _FIT = {
        "id": "s",
        "pictureUrl": "s",
        "email": "s",
        "name": "s",
        "givenName": "s",
        "middleName": "s",
        "familyName": "s",
    }
    _REQUIRED = ("id", "pictureUrl")

    id: str
    picture_url: str
    email: str | Unset = UNSET
    name: str | Unset = UNSET
    given_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    family_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        picture_url = self.picture_url

        email = self.email

        name = self.name

        given_name = self.given_name

        middle_name = self.middle_name

        family_name = self.family_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "pictureUrl": picture_url,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if given_name is not UNSET:
            field_dict["givenName"] = given_name
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if family_name is not UNSET:
            field_dict["familyName"] = family_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        picture_url = d.pop("pictureUrl")

        email = d.pop("email", UNSET)

        name = d.pop("name", UNSET)

        given_name = d.pop("givenName", UNSET)

        middle_name = d.pop("middleName", UNSET)

        family_name = d.pop("familyName", UNSET)

        org_user = cls(
            id=id,
            picture_url=picture_url,
            email=email,
            name=name,
            given_name=given_name,
            middle_name=middle_name,
            family_name=family_name,
        )

        org_user.additional_properties = d
        return org_user
