from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_filter_semantic_search_semantic_search import DocumentFilterSemanticSearchSemanticSearch


T = TypeVar("T", bound="DocumentFilterSemanticSearch")


@_attrs_define
class DocumentFilterSemanticSearch(AdditionalProperties):
    """
    Attributes:
        semantic_search (DocumentFilterSemanticSearchSemanticSearch): Matches passages that have similar semantic
            meaning as the search query. Example: {'property': ['content'], 'value': 'Report'}.
    """

    _FIT = {"semanticSearch": ("m", "DocumentFilterSemanticSearchSemanticSearch")}
    _REQUIRED = ("semanticSearch",)

    semantic_search: DocumentFilterSemanticSearchSemanticSearch
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        semantic_search = self.semantic_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "semanticSearch": semantic_search,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_filter_semantic_search_semantic_search import DocumentFilterSemanticSearchSemanticSearch  # noqa: PLC0415

        d = dict(src_dict)
        semantic_search = DocumentFilterSemanticSearchSemanticSearch.from_dict(d.pop("semanticSearch"))

        document_filter_semantic_search = cls(
            semantic_search=semantic_search,
        )

        document_filter_semantic_search.additional_properties = d
        return document_filter_semantic_search
