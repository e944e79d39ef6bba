from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AssetSearchSearch")


@_attrs_define
class AssetSearchSearch(AdditionalProperties):
    """Fulltext search for assets. Primarily meant for for human-centric use-cases, not for programs. The query parameter
    uses a different search algorithm than the deprecated name and description parameters, and will generally give much
    better results.

        Attributes:
            name (str | Unset): The name of the asset.
            description (str | Unset): The description of the asset.
            query (str | Unset): Whitespace-separated terms to search for in assets. Does a best-effort fuzzy search in
                relevant fields (currently name and description) for variations of any of the search terms, and orders results
                by relevance. Uses a different search algorithm than the name and description parameters, and will generally
                give much better results. Matching and ordering is not guaranteed to be stable over time, and the fields being
                searched may be extended.
    """

    _FIT = {"name": "s", "description": "s", "query": "s"}
    _REQUIRED = ()

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    query: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        query = self.query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        query = d.pop("query", UNSET)

        asset_search_search = cls(
            name=name,
            description=description,
            query=query,
        )

        asset_search_search.additional_properties = d
        return asset_search_search
