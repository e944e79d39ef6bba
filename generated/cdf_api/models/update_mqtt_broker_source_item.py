from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.update_mqtt_broker_source import UpdateMqttBrokerSource


T = TypeVar("T", bound="UpdateMqttBrokerSourceItem")


@_attrs_define
class UpdateMqttBrokerSourceItem(AdditionalProperties):
    """
    Attributes:
        type_ (Literal['mqtt_broker']): Source type.
        external_id (str): The external ID provided by the client. Must be unique for the resource type. Example:
            my.known.id.
        update (UpdateMqttBrokerSource): Update an MQTT broker source.
    """

    _FIT = {"type": ("c", "mqtt_broker"), "externalId": "s", "update": ("m", "UpdateMqttBrokerSource")}
    _REQUIRED = ("type", "externalId", "update")

    type_: Literal["mqtt_broker"]
    external_id: str
    update: UpdateMqttBrokerSource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        external_id = self.external_id

        update = self.update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "externalId": external_id,
                "update": update,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_mqtt_broker_source import UpdateMqttBrokerSource  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["mqtt_broker"], d.pop("type"))
        if type_ != "mqtt_broker":
            raise ValueError(f"type must match const 'mqtt_broker', got '{type_}'")

        external_id = d.pop("externalId")

        update = UpdateMqttBrokerSource.from_dict(d.pop("update"))

        update_mqtt_broker_source_item = cls(
            type_=type_,
            external_id=external_id,
            update=update,
        )

        update_mqtt_broker_source_item.additional_properties = d
        return update_mqtt_broker_source_item
