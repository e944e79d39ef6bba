from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="Instance")


@_attrs_define
class Instance(AdditionalProperties):
    """
    Attributes:
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        gateway_url (str): SAP NetWeaver Gateway URL
        client (int): SAP client number
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        username (str | Unset): SAP username to use when connecting to the SAP NetWeaver Gateway URL
    """

    _FIT = {
        "externalId": "s",
        "gatewayUrl": "s",
        "client": "i",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "username": "s",
    }
    _REQUIRED = ("externalId", "gatewayUrl", "client", "createdTime", "lastUpdatedTime")

    external_id: str
    gateway_url: str
    client: int
    created_time: int
    last_updated_time: int
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        gateway_url = self.gateway_url

        client = self.client

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "externalId": external_id,
                "gatewayUrl": gateway_url,
                "client": client,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("externalId")

        gateway_url = d.pop("gatewayUrl")

        client = d.pop("client")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        username = d.pop("username", UNSET)

        instance = cls(
            external_id=external_id,
            gateway_url=gateway_url,
            client=client,
            created_time=created_time,
            last_updated_time=last_updated_time,
            username=username,
        )

        instance.additional_properties = d
        return instance
