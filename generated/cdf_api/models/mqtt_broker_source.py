from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.mqtt_broker_source_authentication import MqttBrokerSourceAuthentication


T = TypeVar("T", bound="MqttBrokerSource")


@_attrs_define
class MqttBrokerSource(AdditionalProperties):
    """Description of a source that lets users write data to CDF using the MQTT protocol.

    Attributes:
        type_ (Literal['mqtt_broker']): Source type.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        host (str): Hostname of the MQTT broker in CDF. Clients should connect to this host.
        port (int): Port number of the MQTT broker in CDF. Clients should connect to this port.
        authentication (MqttBrokerSourceAuthentication): Authentication details for connecting to the MQTT broker in
            CDF.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
    """

    _FIT = {
        "type": ("c", "mqtt_broker"),
        "externalId": "s",
        "host": "s",
        "port": "i",
        "authentication": ("m", "MqttBrokerSourceAuthentication"),
        "createdTime": "i",
        "lastUpdatedTime": "i",
    }
    _REQUIRED = ("type", "externalId", "host", "port", "authentication", "createdTime", "lastUpdatedTime")

    type_: Literal["mqtt_broker"]
    external_id: str
    host: str
    port: int
    authentication: MqttBrokerSourceAuthentication
    created_time: int
    last_updated_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        external_id = self.external_id

        host = self.host

        port = self.port

        authentication = self.authentication.to_dict()

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "externalId": external_id,
                "host": host,
                "port": port,
                "authentication": authentication,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mqtt_broker_source_authentication import MqttBrokerSourceAuthentication  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["mqtt_broker"], d.pop("type"))
        if type_ != "mqtt_broker":
            raise ValueError(f"type must match const 'mqtt_broker', got '{type_}'")

        external_id = d.pop("externalId")

        host = d.pop("host")

        port = d.pop("port")

        authentication = MqttBrokerSourceAuthentication.from_dict(d.pop("authentication"))

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        mqtt_broker_source = cls(
            type_=type_,
            external_id=external_id,
            host=host,
            port=port,
            authentication=authentication,
            created_time=created_time,
            last_updated_time=last_updated_time,
        )

        mqtt_broker_source.additional_properties = d
        return mqtt_broker_source
