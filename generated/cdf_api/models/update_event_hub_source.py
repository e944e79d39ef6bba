from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.update_event_hub_source_authentication import UpdateEventHubSourceAuthentication
    from ..models.update_event_hub_source_event_hub_name import UpdateEventHubSourceEventHubName
    from ..models.update_event_hub_source_key_name import UpdateEventHubSourceKeyName
    from ..models.update_event_hub_source_key_value import UpdateEventHubSourceKeyValue
    from ..models.update_event_hub_source_set import UpdateEventHubSourceSet
    from ..models.update_item_host import UpdateItemHost
    from ..models.update_set_null import UpdateSetNull


T = TypeVar("T", bound="UpdateEventHubSource")


@_attrs_define
class UpdateEventHubSource(AdditionalProperties):
    """
    Attributes:
        host (UpdateItemHost | Unset): Set a new host or IP address.
        event_hub_name (UpdateEventHubSourceEventHubName | Unset): Set a new value for the event hub name.
        key_name (UpdateEventHubSourceKeyName | Unset): Set a new value for the key name. This parameter is deprecated,
            use `username` under basic authentication instead.
        key_value (UpdateEventHubSourceKeyValue | Unset): Set a new value for the key value. This parameter is
            deprecated, use `password` under basic authentication instead.
        authentication (UpdateEventHubSourceAuthentication | Unset): Update authentication details for the eventhub
            source.
        consumer_group (Unset | UpdateEventHubSourceSet | UpdateSetNull): Set a new value for the consumer group, or
            remove the value.
    """

    _FIT = {
        "host": ("m", "UpdateItemHost"),
        "eventHubName": ("m", "UpdateEventHubSourceEventHubName"),
        "keyName": ("m", "UpdateEventHubSourceKeyName"),
        "keyValue": ("m", "UpdateEventHubSourceKeyValue"),
        "authentication": ("m", "UpdateEventHubSourceAuthentication"),
        "consumerGroup": ("u", (("m", "UpdateEventHubSourceSet"), ("m", "UpdateSetNull"))),
    }
    _REQUIRED = ()

    host: UpdateItemHost | Unset = UNSET
    event_hub_name: UpdateEventHubSourceEventHubName | Unset = UNSET
    key_name: UpdateEventHubSourceKeyName | Unset = UNSET
    key_value: UpdateEventHubSourceKeyValue | Unset = UNSET
    authentication: UpdateEventHubSourceAuthentication | Unset = UNSET
    consumer_group: Unset | UpdateEventHubSourceSet | UpdateSetNull = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host: dict[str, Any] | Unset = UNSET
        if not isinstance(self.host, Unset):
            host = self.host.to_dict()

        event_hub_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_hub_name, Unset):
            event_hub_name = self.event_hub_name.to_dict()

        key_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.key_name, Unset):
            key_name = self.key_name.to_dict()

        key_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.key_value, Unset):
            key_value = self.key_value.to_dict()

        authentication: dict[str, Any] | Unset = UNSET
        if not isinstance(self.authentication, Unset):
            authentication = self.authentication.to_dict()

        consumer_group: dict[str, Any] | Unset
        if isinstance(self.consumer_group, Unset):
            consumer_group = UNSET
        else:
            consumer_group = self.consumer_group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if host is not UNSET:
            field_dict["host"] = host
        if event_hub_name is not UNSET:
            field_dict["eventHubName"] = event_hub_name
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
        from ..models.update_event_hub_source_authentication import UpdateEventHubSourceAuthentication  # noqa: PLC0415
        from ..models.update_event_hub_source_event_hub_name import UpdateEventHubSourceEventHubName  # noqa: PLC0415
        from ..models.update_event_hub_source_key_name import UpdateEventHubSourceKeyName  # noqa: PLC0415
        from ..models.update_event_hub_source_key_value import UpdateEventHubSourceKeyValue  # noqa: PLC0415
        from ..models.update_event_hub_source_set import UpdateEventHubSourceSet  # noqa: PLC0415
        from ..models.update_item_host import UpdateItemHost  # noqa: PLC0415
        from ..models.update_set_null import UpdateSetNull  # noqa: PLC0415

        d = dict(src_dict)
        _host = d.pop("host", UNSET)
        host: UpdateItemHost | Unset
        if isinstance(_host, Unset):
            host = UNSET
        else:
            host = UpdateItemHost.from_dict(_host)

        _event_hub_name = d.pop("eventHubName", UNSET)
        event_hub_name: UpdateEventHubSourceEventHubName | Unset
        if isinstance(_event_hub_name, Unset):
            event_hub_name = UNSET
        else:
            event_hub_name = UpdateEventHubSourceEventHubName.from_dict(_event_hub_name)

        _key_name = d.pop("keyName", UNSET)
        key_name: UpdateEventHubSourceKeyName | Unset
        if isinstance(_key_name, Unset):
            key_name = UNSET
        else:
            key_name = UpdateEventHubSourceKeyName.from_dict(_key_name)

        _key_value = d.pop("keyValue", UNSET)
        key_value: UpdateEventHubSourceKeyValue | Unset
        if isinstance(_key_value, Unset):
            key_value = UNSET
        else:
            key_value = UpdateEventHubSourceKeyValue.from_dict(_key_value)

        _authentication = d.pop("authentication", UNSET)
        authentication: UpdateEventHubSourceAuthentication | Unset
        if isinstance(_authentication, Unset):
            authentication = UNSET
        else:
            authentication = UpdateEventHubSourceAuthentication.from_dict(_authentication)

        def _parse_consumer_group(data: object) -> Unset | UpdateEventHubSourceSet | UpdateSetNull:
            if isinstance(data, Unset):
                return data
            return parse_best(data, (UpdateEventHubSourceSet, UpdateSetNull))

        consumer_group = _parse_consumer_group(d.pop("consumerGroup", UNSET))

        update_event_hub_source = cls(
            host=host,
            event_hub_name=event_hub_name,
            key_name=key_name,
            key_value=key_value,
            authentication=authentication,
            consumer_group=consumer_group,
        )

        update_event_hub_source.additional_properties = d
        return update_event_hub_source
