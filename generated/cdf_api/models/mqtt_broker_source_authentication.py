from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="MqttBrokerSourceAuthentication")


@_attrs_define
class MqttBrokerSourceAuthentication(AdditionalProperties):
    """Authentication details for connecting to the MQTT broker in CDF.

    Attributes:
        type_ (Literal['basic']): Authentication type.
        username (str): Username to use when connecting to the MQTT broker in CDF.
        password (str | Unset): Password to use when connecting to the MQTT broker in CDF. This is only present if the
            source is newly created, or the password was updated.
    """

    _FIT = {"type": ("c", "basic"), "username": "s", "password": "s"}
    _REQUIRED = ("type", "username")

    type_: Literal["basic"]
    username: str
    password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "username": username,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["basic"], d.pop("type"))
        if type_ != "basic":
            raise ValueError(f"type must match const 'basic', got '{type_}'")

        username = d.pop("username")

        password = d.pop("password", UNSET)

        mqtt_broker_source_authentication = cls(
            type_=type_,
            username=username,
            password=password,
        )

        mqtt_broker_source_authentication.additional_properties = d
        return mqtt_broker_source_authentication
