from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.space_statistics import SpaceStatistics


T = TypeVar("T", bound="SpaceStatisticsResponseList")


@_attrs_define
class SpaceStatisticsResponseList(AdditionalProperties):
    """
    Attributes:
        items (list[SpaceStatistics]):
    """

    _FIT = {"items": ("l", ("m", "SpaceStatistics"))}
    _REQUIRED = ("items",)

    items: list[SpaceStatistics]
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
        from ..models.space_statistics import SpaceStatistics  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = SpaceStatistics.from_dict(items_item_data)

            items.append(items_item)

        space_statistics_response_list = cls(
            items=items,
        )

        space_statistics_response_list.additional_properties = d
        return space_statistics_response_list
