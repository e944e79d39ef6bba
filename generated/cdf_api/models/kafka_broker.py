from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="KafkaBroker")


@_attrs_define
class KafkaBroker(AdditionalProperties):
    """
    Attributes:
        host (str): Host name or IP address of the bootstrap broker.
        port (int): Port on the bootstrap broker to connect to.
    """

    _FIT = {"host": "s", "port": "i"}
    _REQUIRED = ("host", "port")

    host: str
    port: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        port = self.port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host": host,
                "port": port,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        host = d.pop("host")

        port = d.pop("port")

        kafka_broker = cls(
            host=host,
            port=port,
        )

        kafka_broker.additional_properties = d
        return kafka_broker
