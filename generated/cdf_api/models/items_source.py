from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.event_hub_source import EventHubSource
    from ..models.kafka_source import KafkaSource
    from ..models.mqtt_v3_source import MqttV3Source
    from ..models.mqtt_v5_source import MqttV5Source
    from ..models.rest_source import RestSource


T = TypeVar("T", bound="ItemsSource")


@_attrs_define
class ItemsSource(AdditionalProperties):
    """
    Attributes:
        items (list[EventHubSource | KafkaSource | MqttV3Source | MqttV5Source | RestSource]):
    """

    _FIT = {
        "items": (
            "l",
            (
                "u",
                (
                    ("m", "MqttV3Source"),
                    ("m", "MqttV5Source"),
                    ("m", "EventHubSource"),
                    ("m", "RestSource"),
                    ("m", "KafkaSource"),
                ),
            ),
        )
    }
    _REQUIRED = ("items",)

    items: list[EventHubSource | KafkaSource | MqttV3Source | MqttV5Source | RestSource]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            items_item = items_item_data.to_dict()

            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_hub_source import EventHubSource  # noqa: PLC0415
        from ..models.kafka_source import KafkaSource  # noqa: PLC0415
        from ..models.mqtt_v3_source import MqttV3Source  # noqa: PLC0415
        from ..models.mqtt_v5_source import MqttV5Source  # noqa: PLC0415
        from ..models.rest_source import RestSource  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> EventHubSource | KafkaSource | MqttV3Source | MqttV5Source | RestSource:
                return parse_best(data, (MqttV3Source, MqttV5Source, EventHubSource, RestSource, KafkaSource))

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        items_source = cls(
            items=items,
        )

        items_source.additional_properties = d
        return items_source
