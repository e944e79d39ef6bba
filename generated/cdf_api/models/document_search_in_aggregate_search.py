from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DocumentSearchInAggregateSearch")


@_attrs_define
class DocumentSearchInAggregateSearch(AdditionalProperties):
    """
    Attributes:
        query (str): The free text search query as described in detail above. Example: cognite "lorem ipsum".
    """

    _FIT = {"query": "s"}
    _REQUIRED = ("query",)

    query: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query = d.pop("query")

        document_search_in_aggregate_search = cls(
            query=query,
        )

        document_search_in_aggregate_search.additional_properties = d
        return document_search_in_aggregate_search
