from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateMqttBrokerSourcePassword")


@_attrs_define
class UpdateMqttBrokerSourcePassword:
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

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
