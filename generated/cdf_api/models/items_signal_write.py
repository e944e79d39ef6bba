from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supported_topics import SupportedTopics
from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.signal_write import SignalWrite


T = TypeVar("T", bound="ItemsSignalWrite")


@_attrs_define
class ItemsSignalWrite(AdditionalProperties):
    """List of signals to be published.

    Attributes:
        topic (SupportedTopics): Topics supported by the service.
        items (list[SignalWrite]):
    """

    _FIT = {"topic": "s", "items": ("l", ("m", "SignalWrite"))}
    _REQUIRED = ("topic", "items")

    topic: SupportedTopics
    items: list[SignalWrite]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic = self.topic.value

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic": topic,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signal_write import SignalWrite  # noqa: PLC0415

        d = dict(src_dict)
        topic = SupportedTopics(d.pop("topic"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = SignalWrite.from_dict(items_item_data)

            items.append(items_item)

        items_signal_write = cls(
            topic=topic,
            items=items,
        )

        items_signal_write.additional_properties = d
        return items_signal_write
