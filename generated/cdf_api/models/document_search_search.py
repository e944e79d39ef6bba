from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="DocumentSearchSearch")


@_attrs_define
class DocumentSearchSearch(AdditionalProperties):
    """
    Attributes:
        query (str): The free text search query as described in detail above. Example: cognite "lorem ipsum".
        highlight (bool | Unset): Whether or not matches in search results should be highlighted.
    """

    _FIT = {"query": "s", "highlight": "b"}
    _REQUIRED = ("query",)

    query: str
    highlight: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        highlight = self.highlight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if highlight is not UNSET:
            field_dict["highlight"] = highlight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query = d.pop("query")

        highlight = d.pop("highlight", UNSET)

        document_search_search = cls(
            query=query,
            highlight=highlight,
        )

        document_search_search.additional_properties = d
        return document_search_search
