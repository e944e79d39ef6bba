from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.count_aggregate_result_items_item import CountAggregateResultItemsItem


T = TypeVar("T", bound="CountAggregateResult")


@_attrs_define
class CountAggregateResult(AdditionalProperties):
    """Common aggregate structure to represent aggregate result which have one count for filter resultset (Documents Count,
    Property Cardinality, etc).

        Example:
            {'items': [{'count': 10}]}

        Attributes:
            items (list[CountAggregateResultItemsItem]):
    """

    _FIT = {"items": ("l", ("m", "CountAggregateResultItemsItem"))}
    _REQUIRED = ("items",)

    items: list[CountAggregateResultItemsItem]
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
        from ..models.count_aggregate_result_items_item import CountAggregateResultItemsItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = CountAggregateResultItemsItem.from_dict(items_item_data)

            items.append(items_item)

        count_aggregate_result = cls(
            items=items,
        )

        count_aggregate_result.additional_properties = d
        return count_aggregate_result
