from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_filter_lexical_search_lexical_search import DocumentFilterLexicalSearchLexicalSearch


T = TypeVar("T", bound="DocumentFilterLexicalSearch")


@_attrs_define
class DocumentFilterLexicalSearch(AdditionalProperties):
    """
    Attributes:
        lexical_search (DocumentFilterLexicalSearchLexicalSearch): Matches passages that contains specified keywords.
            Example: {'property': ['content'], 'value': 'Report'}.
    """

    _FIT = {"lexicalSearch": ("m", "DocumentFilterLexicalSearchLexicalSearch")}
    _REQUIRED = ("lexicalSearch",)

    lexical_search: DocumentFilterLexicalSearchLexicalSearch
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lexical_search = self.lexical_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lexicalSearch": lexical_search,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_filter_lexical_search_lexical_search import DocumentFilterLexicalSearchLexicalSearch  # noqa: PLC0415

        d = dict(src_dict)
        lexical_search = DocumentFilterLexicalSearchLexicalSearch.from_dict(d.pop("lexicalSearch"))

        document_filter_lexical_search = cls(
            lexical_search=lexical_search,
        )

        document_filter_lexical_search.additional_properties = d
        return document_filter_lexical_search
