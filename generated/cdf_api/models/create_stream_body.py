from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.stream_request_item import StreamRequestItem


T = TypeVar("T", bound="CreateStreamBody")


@_attrs_define
class CreateStreamBody(AdditionalProperties):
    """
    Attributes:
        items (list[StreamRequestItem]): List of streams.
    """

    _FIT = {"items": ("l", ("m", "StreamRequestItem"))}
    _REQUIRED = ("items",)

    items: list[StreamRequestItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
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
        from ..models.stream_request_item import StreamRequestItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = StreamRequestItem.from_dict(items_item_data)

            items.append(items_item)

        create_stream_body = cls(
            items=items,
        )

        create_stream_body.additional_properties = d
        return create_stream_body
