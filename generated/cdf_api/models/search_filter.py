from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.search_filter_search import SearchFilterSearch


T = TypeVar("T", bound="SearchFilter")


@_attrs_define
class SearchFilter(AdditionalProperties):
    """
    Attributes:
        search (SearchFilterSearch): Fuzzy search in the specified property. Introduced to provide functional parity
            with `/search` endpoints.
    """

    _FIT = {"search": ("m", "SearchFilterSearch")}
    _REQUIRED = ("search",)

    search: SearchFilterSearch
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search = self.search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "search": search,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_filter_search import SearchFilterSearch  # noqa: PLC0415

        d = dict(src_dict)
        search = SearchFilterSearch.from_dict(d.pop("search"))

        search_filter = cls(
            search=search,
        )

        search_filter.additional_properties = d
        return search_filter
