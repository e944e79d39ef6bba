from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="Search")


@_attrs_define
class Search(AdditionalProperties):
    """
    Attributes:
        name (str | Unset): Prefix and fuzzy search on name.
        description (str | Unset): Prefix and fuzzy search on description.
        query (str | Unset): Whitespace-separated terms to search for in time series. Does a
            best-effort fuzzy search in relevant fields (currently name and
            description) for variations of any search terms and
            orders results by relevance. Uses a different search algorithm
            than the name and description parameters and will generally give
            much better results. Matching and ordering aren't guaranteed to
            be stable over time, and the fields being searched may be
            extended. Example: some other.
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

        search = cls(
            name=name,
            description=description,
            query=query,
        )

        search.additional_properties = d
        return search
