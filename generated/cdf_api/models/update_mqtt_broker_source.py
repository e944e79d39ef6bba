from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.update_mqtt_broker_source_password import UpdateMqttBrokerSourcePassword


T = TypeVar("T", bound="UpdateMqttBrokerSource")


@_attrs_define
class UpdateMqttBrokerSource(AdditionalProperties):
    """Update an MQTT broker source.

    Attributes:
        password (UpdateMqttBrokerSourcePassword | Unset): Reset the password used to connect to the MQTT broker in CDF.
            This will quickly disconnect any existing clients using the old password.
    """

    _FIT = {"password": ("m", "UpdateMqttBrokerSourcePassword")}
    _REQUIRED = ()

    password: UpdateMqttBrokerSourcePassword | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        password: dict[str, Any] | Unset = UNSET
        if not isinstance(self.password, Unset):
            password = self.password.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_mqtt_broker_source_password import UpdateMqttBrokerSourcePassword  # noqa: PLC0415

        d = dict(src_dict)
        _password = d.pop("password", UNSET)
        password: UpdateMqttBrokerSourcePassword | Unset
        if isinstance(_password, Unset):
            password = UNSET
        else:
            password = UpdateMqttBrokerSourcePassword.from_dict(_password)

        update_mqtt_broker_source = cls(
            password=password,
        )

        update_mqtt_broker_source.additional_properties = d
        return update_mqtt_broker_source
