from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.create_client_credentials_authentication import CreateClientCredentialsAuthentication
    from ..models.simple_basic_authentication_write import SimpleBasicAuthenticationWrite


T = TypeVar("T", bound="CreateEventHubSource")


@_attrs_define
class CreateEventHubSource(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['eventhub']): Source type.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        host (str): Host name or IP address of the event hub consumer endpoint. Example: iothub-ns-
            myhub-12345678-12345abcde.servicebus.windows.net.
        event_hub_name (str): Name of the event hub Example: myhub.
        key_name (str | Unset): The name of the Event Hub key to use for authentication. This parameter is deprecated,
            use `username` under basic authentication instead. Example: iothubowner.
        key_value (str | Unset): Value of the Event Hub key to use for authentication. This parameter is deprecated, use
            `password` under basic authentication instead.
        authentication (CreateClientCredentialsAuthentication | SimpleBasicAuthenticationWrite | Unset): Authentication
            details for eventhub. Basic authentication uses a shared access key, where the `username` is the key name, and
            the `password` is the key value.
        consumer_group (str | Unset): The event hub consumer group to use. Microsoft recommends having a distinct
            consumer group for each application consuming data from event hub. If left out, this uses the default consumer
            group.
    """

    _FIT = {
        "type": ("c", "eventhub"),
        "externalId": "s",
        "host": "s",
        "eventHubName": "s",
        "keyName": "s",
        "keyValue": "s",
        "authentication": (
            "u",
            (("m", "SimpleBasicAuthenticationWrite"), ("m", "CreateClientCredentialsAuthentication")),
        ),
        "consumerGroup": "s",
    }
    _REQUIRED = ("type", "externalId", "host", "eventHubName")

    type_: Literal["eventhub"]
    external_id: str
    host: str
    event_hub_name: str
    key_name: str | Unset = UNSET
    key_value: str | Unset = UNSET
    authentication: CreateClientCredentialsAuthentication | SimpleBasicAuthenticationWrite | Unset = UNSET
    consumer_group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        external_id = self.external_id

        host = self.host

        event_hub_name = self.event_hub_name

        key_name = self.key_name

        key_value = self.key_value

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
            }
        )
        if key_name is not UNSET:
            field_dict["keyName"] = key_name
        if key_value is not UNSET:
            field_dict["keyValue"] = key_value
        if authentication is not UNSET:
            field_dict["authentication"] = authentication
        if consumer_group is not UNSET:
            field_dict["consumerGroup"] = consumer_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_client_credentials_authentication import CreateClientCredentialsAuthentication  # noqa: PLC0415
        from ..models.simple_basic_authentication_write import SimpleBasicAuthenticationWrite  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["eventhub"], d.pop("type"))
        if type_ != "eventhub":
            raise ValueError(f"type must match const 'eventhub', got '{type_}'")

        external_id = d.pop("externalId")

        host = d.pop("host")

        event_hub_name = d.pop("eventHubName")

        key_name = d.pop("keyName", UNSET)

        key_value = d.pop("keyValue", UNSET)

        def _parse_authentication(
            data: object,
        ) -> CreateClientCredentialsAuthentication | SimpleBasicAuthenticationWrite | Unset:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (SimpleBasicAuthenticationWrite, CreateClientCredentialsAuthentication))

        authentication = _parse_authentication(d.pop("authentication", UNSET))

        consumer_group = d.pop("consumerGroup", UNSET)

        create_event_hub_source = cls(
            type_=type_,
            external_id=external_id,
            host=host,
            event_hub_name=event_hub_name,
            key_name=key_name,
            key_value=key_value,
            authentication=authentication,
            consumer_group=consumer_group,
        )

        create_event_hub_source.additional_properties = d
        return create_event_hub_source
