from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="EmailSinkWrite")


@_attrs_define
class EmailSinkWrite(AdditionalProperties):
    """Request to create an e-mail sink.

    Attributes:
        type_ (Literal['email']): Sink type.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        email_address (str): The e-mail address to send signals to.
    """

    _FIT = {"type": ("c", "email"), "externalId": "s", "emailAddress": "s"}
    _REQUIRED = ("type", "externalId", "emailAddress")

    type_: Literal["email"]
    external_id: str
    email_address: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        external_id = self.external_id

        email_address = self.email_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "externalId": external_id,
                "emailAddress": email_address,
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

        email_sink_write = cls(
            type_=type_,
            external_id=external_id,
            email_address=email_address,
        )

        email_sink_write.additional_properties = d
        return email_sink_write
