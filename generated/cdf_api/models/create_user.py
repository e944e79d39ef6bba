from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.session_credentials import SessionCredentials


T = TypeVar("T", bound="CreateUser")


@_attrs_define
class CreateUser(AdditionalProperties):
    """
    Attributes:
        credentials (SessionCredentials): Credentials for authenticating towards CDF using a CDF session.
    """

    _FIT = {"credentials": ("m", "SessionCredentials")}
    _REQUIRED = ("credentials",)

    credentials: SessionCredentials
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credentials = self.credentials.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credentials": credentials,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_credentials import SessionCredentials  # noqa: PLC0415

        d = dict(src_dict)
        credentials = SessionCredentials.from_dict(d.pop("credentials"))

        create_user = cls(
            credentials=credentials,
        )

        create_user.additional_properties = d
        return create_user
