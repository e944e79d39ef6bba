from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.client_credentials_authentication import ClientCredentialsAuthentication
    from ..models.simple_basic_authentication import SimpleBasicAuthentication


T = TypeVar("T", bound="EventHubSource")


@_attrs_define
class EventHubSource(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['eventhub']): Source type.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        host (str): URL of the event hub consumer endpoint. Example: iothub-ns-
            myhub-12345678-12345abcde.servicebus.windows.net.
        event_hub_name (str): Name of the event hub. Example: myhub.
        created_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated Universal
            Time (UTC), minus leap seconds. Example: 1730204346000.
        last_updated_time (int): The number of milliseconds since 00:00:00 Thursday, 1 January 1970, Coordinated
            Universal Time (UTC), minus leap seconds. Example: 1730204346000.
        key_name (str | Unset): The name of the Event Hub key to use. This parameter is deprecated. Use `username` under
            basic authentication instead. Example: iothubowner.
        authentication (ClientCredentialsAuthentication | SimpleBasicAuthentication | Unset): Authentication details for
            eventhub. Basic authentication uses a shared access key, where the `username` is the key name. The kay value is
            not returned for security reasons.
        consumer_group (str | Unset): The event hub consumer group to use. Microsoft recommends having a distinct
            consumer group for each application consuming data from event hub. If left out, this uses the default consumer
            group.
    """

    _FIT = {
        "type": ("c", "eventhub"),
        "externalId": "s",
        "host": "s",
        "eventHubName": "s",
        "createdTime": "i",
        "lastUpdatedTime": "i",
        "keyName": "s",
        "authentication": ("u", (("m", "SimpleBasicAuthentication"), ("m", "ClientCredentialsAuthentication"))),
        "consumerGroup": "s",
    }
    _REQUIRED = ("type", "externalId", "host", "eventHubName", "createdTime", "lastUpdatedTime")

    type_: Literal["eventhub"]
    external_id: str
    host: str
    event_hub_name: str
    created_time: int
    last_updated_time: int
    key_name: str | Unset = UNSET
    authentication: ClientCredentialsAuthentication | SimpleBasicAuthentication | Unset = UNSET
    consumer_group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        external_id = self.external_id

        host = self.host

        event_hub_name = self.event_hub_name

        created_time = self.created_time

        last_updated_time = self.last_updated_time

        key_name = self.key_name

        authentication: dict[str, Any] | Unset
        if isinstance(self.authentication, Unset):
            authentication = UNSET
        else:
            authentication = self.authentication.to_dict()

        consumer_group = self.consumer_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "externalId": external_id,
                "host": host,
                "eventHubName": event_hub_name,
                "createdTime": created_time,
                "lastUpdatedTime": last_updated_time,
            }
        )
        if key_name is not UNSET:
            field_dict["keyName"] = key_name
        if authentication is not UNSET:
            field_dict["authentication"] = authentication
        if consumer_group is not UNSET:
            field_dict["consumerGroup"] = consumer_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_credentials_authentication import ClientCredentialsAuthentication  # noqa: PLC0415
        from ..models.simple_basic_authentication import SimpleBasicAuthentication  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["eventhub"], d.pop("type"))
        if type_ != "eventhub":
            raise ValueError(f"type must match const 'eventhub', got '{type_}'")

        external_id = d.pop("externalId")

        host = d.pop("host")

        event_hub_name = d.pop("eventHubName")

        created_time = d.pop("createdTime")

        last_updated_time = d.pop("lastUpdatedTime")

        key_name = d.pop("keyName", UNSET)

        def _parse_authentication(data: object) -> ClientCredentialsAuthentication | SimpleBasicAuthentication | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SimpleBasicAuthentication, ClientCredentialsAuthentication))

        authentication = _parse_authentication(d.pop("authentication", UNSET))

        consumer_group = d.pop("consumerGroup", UNSET)

        event_hub_source = cls(
            type_=type_,
            external_id=external_id,
            host=host,
            event_hub_name=event_hub_name,
            created_time=created_time,
            last_updated_time=last_updated_time,
            key_name=key_name,
            authentication=authentication,
            consumer_group=consumer_group,
        )

        event_hub_source.additional_properties = d
        return event_hub_source
