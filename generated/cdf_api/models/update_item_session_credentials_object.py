from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.session_credentials import SessionCredentials


T = TypeVar("T", bound="UpdateItemSessionCredentialsObject")


@_attrs_define
class UpdateItemSessionCredentialsObject(AdditionalProperties):
    """Set a new set of session credentials for writing to CDF.

    Attributes:
        set_ (SessionCredentials): Credentials for authenticating towards CDF using a CDF session.
    """

    _FIT = {"set": ("m", "SessionCredentials")}
    _REQUIRED = ("set",)

    set_: SessionCredentials
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = self.set_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_credentials import SessionCredentials  # noqa: PLC0415

        d = dict(src_dict)
        set_ = SessionCredentials.from_dict(d.pop("set"))

        update_item_session_credentials_object = cls(
            set_=set_,
        )

        update_item_session_credentials_object.additional_properties = d
        return update_item_session_credentials_object
