from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.property_sort_v3 import PropertySortV3
    from ..models.source_selector_v3_item import SourceSelectorV3Item


T = TypeVar("T", bound="QuerySelectV3")


@_attrs_define
class QuerySelectV3(AdditionalProperties):
    """Define which view to return properties for, and the properties to return. Up to 10 views can be specified per query.

    Attributes:
        sources (list[SourceSelectorV3Item] | Unset):
        sort (list[PropertySortV3] | Unset):
        limit (int | Unset):
    """

    _FIT = {"sources": ("l", ("m", "SourceSelectorV3Item")), "sort": ("l", ("m", "PropertySortV3")), "limit": "i"}
    _REQUIRED = ()

    sources: list[SourceSelectorV3Item] | Unset = UNSET
    sort: list[PropertySortV3] | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for componentsschemas_source_selector_v3_item_data in self.sources:
                componentsschemas_source_selector_v3_item = componentsschemas_source_selector_v3_item_data.to_dict()
                sources.append(componentsschemas_source_selector_v3_item)

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sources is not UNSET:
            field_dict["sources"] = sources
        if sort is not UNSET:
            field_dict["sort"] = sort
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.property_sort_v3 import PropertySortV3  # noqa: PLC0415
        from ..models.source_selector_v3_item import SourceSelectorV3Item  # noqa: PLC0415

        d = dict(src_dict)
        _sources = d.pop("sources", UNSET)
        sources: list[SourceSelectorV3Item] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for componentsschemas_source_selector_v3_item_data in _sources:
                componentsschemas_source_selector_v3_item = SourceSelectorV3Item.from_dict(
                    componentsschemas_source_selector_v3_item_data
                )

                sources.append(componentsschemas_source_selector_v3_item)

        _sort = d.pop("sort", UNSET)
        sort: list[PropertySortV3] | Unset = UNSET
        if _sort is not UNSET:
            sort = []
            for sort_item_data in _sort:
                sort_item = PropertySortV3.from_dict(sort_item_data)

                sort.append(sort_item)

        limit = d.pop("limit", UNSET)

        query_select_v3 = cls(
            sources=sources,
            sort=sort,
            limit=limit,
        )

        query_select_v3.additional_properties = d
        return query_select_v3
