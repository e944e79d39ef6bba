from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.email_sink_update_email_address import EmailSinkUpdateEmailAddress


T = TypeVar("T", bound="EmailSinkUpdate")


@_attrs_define
class EmailSinkUpdate(AdditionalProperties):
    """Update request for an email sink.

    Attributes:
        email_address (EmailSinkUpdateEmailAddress | Unset): Set the e-mail address of the sink.
    """

    _FIT = {"emailAddress": ("m", "EmailSinkUpdateEmailAddress")}
    _REQUIRED = ()

    email_address: EmailSinkUpdateEmailAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_address, Unset):
            email_address = self.email_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_address is not UNSET:
            field_dict["emailAddress"] = email_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_sink_update_email_address import EmailSinkUpdateEmailAddress  # noqa: PLC0415

        d = dict(src_dict)
        _email_address = d.pop("emailAddress", UNSET)
        email_address: EmailSinkUpdateEmailAddress | Unset
        if isinstance(_email_address, Unset):
            email_address = UNSET
        else:
            email_address = EmailSinkUpdateEmailAddress.from_dict(_email_address)

        email_sink_update = cls(
            email_address=email_address,
        )

        email_sink_update.additional_properties = d
        return email_sink_update
