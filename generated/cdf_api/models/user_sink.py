from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="UserSink")


@_attrs_define
class UserSink(AdditionalProperties):
    """Description of a user sink. The external ID of the sink matches a user in the user profiles API.

    Attributes:
        type_ (Literal['user']): Sink type.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        email_address (str | Unset): The e-mail address to send signals to. Can be null if the user has no e-mail set.
    """

    _FIT = {"type": ("c", "user"), "externalId": "s", "createdTime": "i", "lastUpdatedTime": "i", "emailAddress": "s"}
    _REQUIRED = ("type", "externalId", "createdTime", "lastUpdatedTime")

    type_: Literal["user"]
    external_id: str
    created_time: int
    last_updated_time: int
    email_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        external_id = self.external_id

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        email_address = self.email_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "externalId": external_id,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if email_address is not UNSET:
            field_dict["emailAddress"] = email_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["user"], d.pop("type"))
        if type_ != "user":
            raise ValueError(f"type must match const 'user', got '{type_}'")

        external_id = d.pop("externalId")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        email_address = d.pop("emailAddress", UNSET)

        user_sink = cls(
            type_=type_,
            external_id=external_id,
            created_time=created_time,
            last_updated_time=last_updated_time,
            email_address=email_address,
        )

        user_sink.additional_properties = d
        return user_sink
