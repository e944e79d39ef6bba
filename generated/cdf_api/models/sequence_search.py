from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SequenceSearch")


@_attrs_define
class SequenceSearch(AdditionalProperties):
    """
    Attributes:
        name (str | Unset): Prefix and fuzzy search on name.
        description (str | Unset): Prefix and fuzzy search on description.
        query (str | Unset): Searches on name and description using wildcard search on each of the words (separated by
            spaces). Retrieves results where at least one word must match. For example, '*some other*'.
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

        sequence_search = cls(
            name=name,
            description=description,
            query=query,
        )

        sequence_search.additional_properties = d
        return sequence_search
