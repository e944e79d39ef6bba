from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.identity_type import IdentityType
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="UserProfileItem")


@_attrs_define
class UserProfileItem(AdditionalProperties):
    """
    Attributes:
        user_identifier (str): Uniquely identifies the principal the profile is associated with.
            This property is _guaranteed_ to be immutable.
             Example: abcd.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        given_name (None | str | Unset): The user's first name. Example: Jane.
        surname (None | str | Unset): The user's last name. Example: Doe.
        email (None | str | Unset): The user's email address (if any). The email address is is returned directly from
            the identity provider and not guaranteed to be verified.
            Note that the email is mutable and can be updated in the identity provider. It should
            _not_ be used to uniquely identify as a user. Use the `userIdentifier` property instead.
             Example: jane.doe@example.com.
        display_name (None | str | Unset): The display name for the user. Example: Jane Doe.
        job_title (None | str | Unset): The user's job title. Example: Software Engineer.
        identity_type (IdentityType | Unset): The identity type field indicates the type of principal.
            - `USER`: Human user.
            - `SERVICE_PRINCIPAL`: Service account.
            - `INTERNAL_SERVICE`: Internal CDF service.
    """

    _FIT = {
        "userIdentifier": "s",
        "lastUpdatedTime": "i",
        "givenName": ("u", ("s", None)),
        "surname": ("u", ("s", None)),
        "email": ("u", ("s", None)),
        "displayName": ("u", ("s", None)),
        "jobTitle": ("u", ("s", None)),
        "identityType": "s",
    }
    _REQUIRED = ("userIdentifier", "lastUpdatedTime")

    user_identifier: str
    last_updated_time: int
    given_name: None | str | Unset = UNSET
    surname: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    job_title: None | str | Unset = UNSET
    identity_type: IdentityType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_identifier = self.user_identifier

        last_updated_time = self.last_updated_time

        given_name: None | str | Unset
        if isinstance(self.given_name, Unset):
            given_name = UNSET
        else:
            given_name = self.given_name

        surname: None | str | Unset
        if isinstance(self.surname, Unset):
            surname = UNSET
        else:
            surname = self.surname

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        job_title: None | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        else:
            job_title = self.job_title

        identity_type: str | Unset = UNSET
        if not isinstance(self.identity_type, Unset):
            identity_type = self.identity_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userIdentifier": user_identifier,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if given_name is not UNSET:
            field_dict["givenName"] = given_name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if email is not UNSET:
            field_dict["email"] = email
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if job_title is not UNSET:
            field_dict["jobTitle"] = job_title
        if identity_type is not UNSET:
            field_dict["identityType"] = identity_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_identifier = d.pop("userIdentifier")

        last_updated_time = d.pop("lastUpdatedTime")

        def _parse_given_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        given_name = _parse_given_name(d.pop("givenName", UNSET))

        def _parse_surname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        surname = _parse_surname(d.pop("surname", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_job_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_title = _parse_job_title(d.pop("jobTitle", UNSET))

        _identity_type = d.pop("identityType", UNSET)
        identity_type: IdentityType | Unset
        if isinstance(_identity_type, Unset):
            identity_type = UNSET
        else:
            identity_type = IdentityType(_identity_type)

        user_profile_item = cls(
            user_identifier=user_identifier,
            last_updated_time=last_updated_time,
            given_name=given_name,
            surname=surname,
            email=email,
            display_name=display_name,
            job_title=job_title,
            identity_type=identity_type,
        )

        user_profile_item.additional_properties = d
        return user_profile_item
