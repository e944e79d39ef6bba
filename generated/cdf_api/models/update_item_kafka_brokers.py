from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.kafka_broker import KafkaBroker


T = TypeVar("T", bound="UpdateItemKafkaBrokers")


@_attrs_define
class UpdateItemKafkaBrokers(AdditionalProperties):
    """Set a new list of redundant kafka brokers.

    Attributes:
        set_ (list[KafkaBroker]): List of redundant kafka brokers to connect to.
    """

    _FIT = {"set": ("l", ("m", "KafkaBroker"))}
    _REQUIRED = ("set",)

    set_: list[KafkaBroker]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_ = []
        for componentsschemas_kafka_broker_list_item_data in self.set_:
            componentsschemas_kafka_broker_list_item = componentsschemas_kafka_broker_list_item_data.to_dict()
            set_.append(componentsschemas_kafka_broker_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "set": set_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kafka_broker import KafkaBroker  # noqa: PLC0415

        d = dict(src_dict)
        set_ = []
        _set_ = d.pop("set")
        for componentsschemas_kafka_broker_list_item_data in _set_:
            componentsschemas_kafka_broker_list_item = KafkaBroker.from_dict(
                componentsschemas_kafka_broker_list_item_data
            )

            set_.append(componentsschemas_kafka_broker_list_item)

        update_item_kafka_brokers = cls(
            set_=set_,
        )

        update_item_kafka_brokers.additional_properties = d
        return update_item_kafka_brokers
