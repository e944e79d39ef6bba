from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="EmailSink")


@_attrs_define
class EmailSink(AdditionalProperties):
    """Description of an e-mail sink.

    Attributes:
        type_ (Literal['email']): Sink type.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        email_address (str): The e-mail address to send signals to.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
    """

    _FIT = {"type": ("c", "email"), "externalId": "s", "emailAddress": "s", "createdTime": "i", "lastUpdatedTime": "i"}
    _REQUIRED = ("type", "externalId", "emailAddress", "createdTime", "lastUpdatedTime")

    type_: Literal["email"]
    external_id: str
    email_address: str
    created_time: int
    last_updated_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        external_id = self.external_id

        email_address = self.email_address

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "externalId": external_id,
                "emailAddress": email_address,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["email"], d.pop("type"))
        if type_ != "email":
            raise ValueError(f"type must match const 'email', got '{type_}'")

        external_id = d.pop("externalId")

        email_address = d.pop("emailAddress")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        email_sink = cls(
            type_=type_,
            external_id=external_id,
            email_address=email_address,
            created_time=created_time,
            last_updated_time=last_updated_time,
        )

        email_sink.additional_properties = d
        return email_sink
