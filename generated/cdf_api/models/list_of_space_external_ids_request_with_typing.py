from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.list_of_space_external_ids_request_with_typing_items_item import (
        ListOfSpaceExternalIdsRequestWithTypingItemsItem,
    )
    from ..models.source_selector_without_properties_v3_item import SourceSelectorWithoutPropertiesV3Item


T = TypeVar("T", bound="ListOfSpaceExternalIdsRequestWithTyping")


@_attrs_define
class ListOfSpaceExternalIdsRequestWithTyping(AdditionalProperties):
    """
    Attributes:
        items (list[ListOfSpaceExternalIdsRequestWithTypingItemsItem]):
        sources (list[SourceSelectorWithoutPropertiesV3Item] | Unset): Retrieve properties from the listed - by
            reference - views. The node/edge must have data in all the sources defined in the list.
        include_typing (bool | Unset): Should we return property type information as part of the result?
    """

    _FIT = {
        "items": ("l", ("m", "ListOfSpaceExternalIdsRequestWithTypingItemsItem")),
        "sources": ("l", ("m", "SourceSelectorWithoutPropertiesV3Item")),
        "includeTyping": "b",
    }
    _REQUIRED = ("items",)

    items: list[ListOfSpaceExternalIdsRequestWithTypingItemsItem]
    sources: list[SourceSelectorWithoutPropertiesV3Item] | Unset = UNSET
    include_typing: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for componentsschemas_source_selector_without_properties_v3_item_data in self.sources:
                componentsschemas_source_selector_without_properties_v3_item = (
                    componentsschemas_source_selector_without_properties_v3_item_data.to_dict()
                )
                sources.append(componentsschemas_source_selector_without_properties_v3_item)

        include_typing = self.include_typing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if sources is not UNSET:
            field_dict["sources"] = sources
        if include_typing is not UNSET:
            field_dict["includeTyping"] = include_typing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_of_space_external_ids_request_with_typing_items_item import (
            ListOfSpaceExternalIdsRequestWithTypingItemsItem,  # noqa: PLC0415
        )
        from ..models.source_selector_without_properties_v3_item import SourceSelectorWithoutPropertiesV3Item  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ListOfSpaceExternalIdsRequestWithTypingItemsItem.from_dict(items_item_data)

            items.append(items_item)

        _sources = d.pop("sources", UNSET)
        sources: list[SourceSelectorWithoutPropertiesV3Item] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for componentsschemas_source_selector_without_properties_v3_item_data in _sources:
                componentsschemas_source_selector_without_properties_v3_item = (
                    SourceSelectorWithoutPropertiesV3Item.from_dict(
                        componentsschemas_source_selector_without_properties_v3_item_data
                    )
                )

                sources.append(componentsschemas_source_selector_without_properties_v3_item)

        include_typing = d.pop("includeTyping", UNSET)

        list_of_space_external_ids_request_with_typing = cls(
            items=items,
            sources=sources,
            include_typing=include_typing,
        )

        list_of_space_external_ids_request_with_typing.additional_properties = d
        return list_of_space_external_ids_request_with_typing
