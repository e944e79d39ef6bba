from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CreateInstance")


@_attrs_define
class CreateInstance(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        gateway_url (str): SAP NetWeaver Gateway URL
        client (int): SAP client number
        username (str): SAP username to use when connecting to the SAP NetWeaver Gateway URL
        password (str): SAP password to use when connecting to the SAP NetWeaver Gateway URL
    """

    _FIT = {"externalId": "s", "gatewayUrl": "s", "client": "i", "username": "s", "password": "s"}
    _REQUIRED = ("externalId", "gatewayUrl", "client", "username", "password")

    external_id: str
    gateway_url: str
    client: int
    username: str
    password: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        gateway_url = self.gateway_url

        client = self.client

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "gatewayUrl": gateway_url,
                "client": client,
                "username": username,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        gateway_url = d.pop("gatewayUrl")

        client = d.pop("client")

        username = d.pop("username")

        password = d.pop("password")

        create_instance = cls(
            external_id=external_id,
            gateway_url=gateway_url,
            client=client,
            username=username,
            password=password,
        )

        create_instance.additional_properties = d
        return create_instance
