from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="UpdateMqttBrokerSourcePassword")


@_attrs_define
class UpdateMqttBrokerSourcePassword(AdditionalProperties):
    """Reset the password used to connect to the MQTT broker in CDF. This will quickly disconnect any existing clients
    using the old password.

        Attributes:
            reset (bool): Set to true to reset the password.
    """

    _FIT = {"reset": "b"}
    _REQUIRED = ("reset",)

    reset: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reset = self.reset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reset": reset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reset = d.pop("reset")

        update_mqtt_broker_source_password = cls(
            reset=reset,
        )

        update_mqtt_broker_source_password.additional_properties = d
        return update_mqtt_broker_source_password
