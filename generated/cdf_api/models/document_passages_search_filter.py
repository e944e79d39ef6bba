from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.document_filter_equals import DocumentFilterEquals
    from ..models.document_filter_in import DocumentFilterIn
    from ..models.document_filter_lexical_search import DocumentFilterLexicalSearch
    from ..models.document_filter_semantic_search import DocumentFilterSemanticSearch
    from ..models.document_passages_filter_bool_and import DocumentPassagesFilterBoolAnd


T = TypeVar("T", bound="DocumentPassagesSearchFilter")


@_attrs_define
class DocumentPassagesSearchFilter(AdditionalProperties):
    """Narrow down search results. You must specify atleast one filter of type `semanticSearch`, `lexicalSearch` or both.

    Attributes:
        filter_ (DocumentFilterEquals | DocumentFilterIn | DocumentFilterLexicalSearch | DocumentFilterSemanticSearch |
            DocumentPassagesFilterBoolAnd): A JSON based filtering language. See detailed documentation above.
    """

    _FIT = {
        "filter": (
            "u",
            (
                ("m", "DocumentPassagesFilterBoolAnd"),
                ("m", "DocumentFilterEquals"),
                ("m", "DocumentFilterIn"),
                ("m", "DocumentFilterSemanticSearch"),
                ("m", "DocumentFilterLexicalSearch"),
            ),
        )
    }
    _REQUIRED = ("filter",)

    filter_: (
        DocumentFilterEquals
        | DocumentFilterIn
        | DocumentFilterLexicalSearch
        | DocumentFilterSemanticSearch
        | DocumentPassagesFilterBoolAnd
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any]
        filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filter": filter_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_filter_equals import DocumentFilterEquals  # noqa: PLC0415
        from ..models.document_filter_in import DocumentFilterIn  # noqa: PLC0415
        from ..models.document_filter_lexical_search import DocumentFilterLexicalSearch  # noqa: PLC0415
        from ..models.document_filter_semantic_search import DocumentFilterSemanticSearch  # noqa: PLC0415
        from ..models.document_passages_filter_bool_and import DocumentPassagesFilterBoolAnd  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_filter_(
            data: object,
        ) -> (
            DocumentFilterEquals
            | DocumentFilterIn
            | DocumentFilterLexicalSearch
            | DocumentFilterSemanticSearch
            | DocumentPassagesFilterBoolAnd
        ):
            return parse_best(
                data,
                (
                    DocumentPassagesFilterBoolAnd,
                    DocumentFilterEquals,
                    DocumentFilterIn,
                    DocumentFilterSemanticSearch,
                    DocumentFilterLexicalSearch,
                ),
            )

        filter_ = _parse_filter_(d.pop("filter"))

        document_passages_search_filter = cls(
            filter_=filter_,
        )

        document_passages_search_filter.additional_properties = d
        return document_passages_search_filter
