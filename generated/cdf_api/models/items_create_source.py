from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.create_event_hub_source import CreateEventHubSource
    from ..models.create_kafka_source import CreateKafkaSource
    from ..models.create_mqtt_v3_source import CreateMqttV3Source
    from ..models.create_mqtt_v5_source import CreateMqttV5Source
    from ..models.create_rest_source import CreateRestSource


T = TypeVar("T", bound="ItemsCreateSource")


@_attrs_define
class ItemsCreateSource(AdditionalProperties):
    """
    Attributes:
        items (list[CreateEventHubSource | CreateKafkaSource | CreateMqttV3Source | CreateMqttV5Source |
            CreateRestSource]):
    """

    _FIT = {
        "items": (
            "l",
            (
                "u",
                (
                    ("m", "CreateMqttV3Source"),
                    ("m", "CreateMqttV5Source"),
                    ("m", "CreateEventHubSource"),
                    ("m", "CreateRestSource"),
                    ("m", "CreateKafkaSource"),
                ),
            ),
        )
    }
    _REQUIRED = ("items",)

    items: list[CreateEventHubSource | CreateKafkaSource | CreateMqttV3Source | CreateMqttV5Source | CreateRestSource]
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
        from ..models.create_event_hub_source import CreateEventHubSource  # noqa: PLC0415
        from ..models.create_kafka_source import CreateKafkaSource  # noqa: PLC0415
        from ..models.create_mqtt_v3_source import CreateMqttV3Source  # noqa: PLC0415
        from ..models.create_mqtt_v5_source import CreateMqttV5Source  # noqa: PLC0415
        from ..models.create_rest_source import CreateRestSource  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> CreateEventHubSource | CreateKafkaSource | CreateMqttV3Source | CreateMqttV5Source | CreateRestSource:
                return parse_best(
                    data,
                    (CreateMqttV3Source, CreateMqttV5Source, CreateEventHubSource, CreateRestSource, CreateKafkaSource),
                )

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        items_create_source = cls(
            items=items,
        )

        items_create_source.additional_properties = d
        return items_create_source
