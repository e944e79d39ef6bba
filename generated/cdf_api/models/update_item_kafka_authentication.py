from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.create_client_credentials_authentication import CreateClientCredentialsAuthentication
    from ..models.create_scram_sha_256 import CreateScramSha256
    from ..models.create_scram_sha_512 import CreateScramSha512
    from ..models.simple_basic_authentication_write import SimpleBasicAuthenticationWrite


T = TypeVar("T", bound="UpdateItemKafkaAuthentication")


@_attrs_define
class UpdateItemKafkaAuthentication(AdditionalProperties):
    """Set new credentials for authenticating with the broker.

    Attributes:
        set_ (CreateClientCredentialsAuthentication | CreateScramSha256 | CreateScramSha512 |
            SimpleBasicAuthenticationWrite): Method used for authenticating with the kafka brokers.
            This may be used together with auth certificate.
    """

    _FIT = {
        "set": (
            "u",
            (
                ("m", "SimpleBasicAuthenticationWrite"),
                ("m", "CreateClientCredentialsAuthentication"),
                ("m", "CreateScramSha256"),
                ("m", "CreateScramSha512"),
            ),
        )
    }
    _REQUIRED = ("set",)

    set_: CreateClientCredentialsAuthentication | CreateScramSha256 | CreateScramSha512 | SimpleBasicAuthenticationWrite
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
        from ..models.create_scram_sha_256 import CreateScramSha256  # noqa: PLC0415
        from ..models.create_scram_sha_512 import CreateScramSha512  # noqa: PLC0415
        from ..models.simple_basic_authentication_write import SimpleBasicAuthenticationWrite  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_set_(
            data: object,
        ) -> (
            CreateClientCredentialsAuthentication
            | CreateScramSha256
            | CreateScramSha512
            | SimpleBasicAuthenticationWrite
        ):
            return parse_best(
                data,
                (
                    SimpleBasicAuthenticationWrite,
                    CreateClientCredentialsAuthentication,
                    CreateScramSha256,
                    CreateScramSha512,
                ),
            )

        set_ = _parse_set_(d.pop("set"))

        update_item_kafka_authentication = cls(
            set_=set_,
        )

        update_item_kafka_authentication.additional_properties = d
        return update_item_kafka_authentication
