from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.update_event_hub_source_item import UpdateEventHubSourceItem
    from ..models.update_kafka_source_item import UpdateKafkaSourceItem
    from ..models.update_mqtt_v3_source_item import UpdateMqttV3SourceItem
    from ..models.update_mqtt_v5_source_item import UpdateMqttV5SourceItem
    from ..models.update_rest_source_item import UpdateRestSourceItem


T = TypeVar("T", bound="ItemsUpdateSource")


@_attrs_define
class ItemsUpdateSource(AdditionalProperties):
    """
    Attributes:
        items (list[UpdateEventHubSourceItem | UpdateKafkaSourceItem | UpdateMqttV3SourceItem | UpdateMqttV5SourceItem |
            UpdateRestSourceItem]):
    """

    _FIT = {
        "items": (
            "l",
            (
                "u",
                (
                    ("m", "UpdateMqttV3SourceItem"),
                    ("m", "UpdateMqttV5SourceItem"),
                    ("m", "UpdateEventHubSourceItem"),
                    ("m", "UpdateRestSourceItem"),
                    ("m", "UpdateKafkaSourceItem"),
                ),
            ),
        )
    }
    _REQUIRED = ("items",)

    items: list[
        UpdateEventHubSourceItem
        | UpdateKafkaSourceItem
        | UpdateMqttV3SourceItem
        | UpdateMqttV5SourceItem
        | UpdateRestSourceItem
    ]
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
        from ..models.update_event_hub_source_item import UpdateEventHubSourceItem  # noqa: PLC0415
        from ..models.update_kafka_source_item import UpdateKafkaSourceItem  # noqa: PLC0415
        from ..models.update_mqtt_v3_source_item import UpdateMqttV3SourceItem  # noqa: PLC0415
        from ..models.update_mqtt_v5_source_item import UpdateMqttV5SourceItem  # noqa: PLC0415
        from ..models.update_rest_source_item import UpdateRestSourceItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> (
                UpdateEventHubSourceItem
                | UpdateKafkaSourceItem
                | UpdateMqttV3SourceItem
                | UpdateMqttV5SourceItem
                | UpdateRestSourceItem
            ):
                return parse_best(
                    data,
                    (
                        UpdateMqttV3SourceItem,
                        UpdateMqttV5SourceItem,
                        UpdateEventHubSourceItem,
                        UpdateRestSourceItem,
                        UpdateKafkaSourceItem,
                    ),
                )

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        items_update_source = cls(
            items=items,
        )

        items_update_source.additional_properties = d
        return items_update_source
