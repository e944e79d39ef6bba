from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="UserDto")


@_attrs_define
class UserDto(AdditionalProperties):
    """
    Attributes:
        id (str): The ID of an organization user Example: -user-string-id-aBc123.
        name (str): Human-readable name of the principal Example: John N. Doe.
        picture_url (str): URL to a picture of the principal
        type_ (Literal['USER']): Principal type
        email (str | Unset): Do not use this to uniquely identify a user, as it can be changed and is not guaranteed to
            be unique.
            Use the `id` field instead.
        given_name (str | Unset):  Example: John.
        middle_name (str | Unset):  Example: N..
        family_name (str | Unset):  Example: Doe.
    """

    _FIT = {
        "id": "s",
        "name": "s",
        "pictureUrl": "s",
        "type": ("c", "USER"),
        "email": "s",
        "givenName": "s",
        "middleName": "s",
        "familyName": "s",
    }
    _REQUIRED = ("id", "name", "pictureUrl", "type")

    id: str
    name: str
    picture_url: str
    type_: Literal["USER"]
    email: str | Unset = UNSET
    given_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    family_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        picture_url = self.picture_url

        type_ = self.type_

        email = self.email

        given_name = self.given_name

        middle_name = self.middle_name

        family_name = self.family_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "pictureUrl": picture_url,
                "type": type_,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
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

        name = d.pop("name")

        picture_url = d.pop("pictureUrl")

        type_ = cast(Literal["USER"], d.pop("type"))
        if type_ != "USER":
            raise ValueError(f"type must match const 'USER', got '{type_}'")

        email = d.pop("email", UNSET)

        given_name = d.pop("givenName", UNSET)

        middle_name = d.pop("middleName", UNSET)

        family_name = d.pop("familyName", UNSET)

        user_dto = cls(
            id=id,
            name=name,
            picture_url=picture_url,
            type_=type_,
            email=email,
            given_name=given_name,
            middle_name=middle_name,
            family_name=family_name,
        )

        user_dto.additional_properties = d
        return user_dto
