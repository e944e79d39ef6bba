from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.create_client_credentials_authentication import CreateClientCredentialsAuthentication
    from ..models.simple_basic_authentication_write import SimpleBasicAuthenticationWrite


T = TypeVar("T", bound="UpdateEventHubSourceAuthentication")


@_attrs_define
class UpdateEventHubSourceAuthentication(AdditionalProperties):
    """Update authentication details for the eventhub source.

    Attributes:
        set_ (CreateClientCredentialsAuthentication | SimpleBasicAuthenticationWrite): Authentication details for
            eventhub. Basic authentication uses a shared access key, where the `username` is the key name, and the
            `password` is the key value.
    """

    _FIT = {"set": ("u", (("m", "SimpleBasicAuthenticationWrite"), ("m", "CreateClientCredentialsAuthentication")))}
    _REQUIRED = ("set",)

    set_: CreateClientCredentialsAuthentication | SimpleBasicAuthenticationWrite
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_: dict[str, Any]
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
        from ..models.create_client_credentials_authentication import CreateClientCredentialsAuthentication  # noqa: PLC0415
        from ..models.simple_basic_authentication_write import SimpleBasicAuthenticationWrite  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_set_(data: object) -> CreateClientCredentialsAuthentication | SimpleBasicAuthenticationWrite:
            return parse_best(data, (SimpleBasicAuthenticationWrite, CreateClientCredentialsAuthentication))

        set_ = _parse_set_(d.pop("set"))

        update_event_hub_source_authentication = cls(
            set_=set_,
        )

        update_event_hub_source_authentication.additional_properties = d
        return update_event_hub_source_authentication
