from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.advanced_join_match import AdvancedJoinMatch


T = TypeVar("T", bound="ListAdvancedJoinMatchesResponseSchema")


@_attrs_define
class ListAdvancedJoinMatchesResponseSchema(AdditionalProperties):
    """
    Attributes:
        items (list[AdvancedJoinMatch]):
        next_cursor (str | Unset): A cursor that can be passed to this endpoint to get the next page of items.
    """

    _FIT = {"items": ("l", ("m", "AdvancedJoinMatch")), "nextCursor": "s"}
    _REQUIRED = ("items",)

    items: list[AdvancedJoinMatch]
    next_cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.advanced_join_match import AdvancedJoinMatch  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = AdvancedJoinMatch.from_dict(items_item_data)

            items.append(items_item)

        next_cursor = d.pop("nextCursor", UNSET)

        list_advanced_join_matches_response_schema = cls(
            items=items,
            next_cursor=next_cursor,
        )

        list_advanced_join_matches_response_schema.additional_properties = d
        return list_advanced_join_matches_response_schema
