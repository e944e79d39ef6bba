from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.document_filter_equals import DocumentFilterEquals
    from ..models.document_filter_in import DocumentFilterIn
    from ..models.document_filter_lexical_search import DocumentFilterLexicalSearch
    from ..models.document_filter_semantic_search import DocumentFilterSemanticSearch
    from ..models.document_passages_filter_bool_and import DocumentPassagesFilterBoolAnd
    from ..models.document_passages_search_passage_expansion_symmetric import (
        DocumentPassagesSearchPassageExpansionSymmetric,
    )


T = TypeVar("T", bound="DocumentPassagesSearchRequest")


@_attrs_define
class DocumentPassagesSearchRequest(AdditionalProperties):
    """
    Attributes:
        filter_ (DocumentFilterEquals | DocumentFilterIn | DocumentFilterLexicalSearch | DocumentFilterSemanticSearch |
            DocumentPassagesFilterBoolAnd): A JSON based filtering language. See detailed documentation above.
        expansion_strategy (DocumentPassagesSearchPassageExpansionSymmetric):
        limit (int | Unset): Maximum number of items.
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
        ),
        "expansionStrategy": ("m", "DocumentPassagesSearchPassageExpansionSymmetric"),
        "limit": "i",
    }
    _REQUIRED = ("filter", "expansionStrategy")

    filter_: (
        DocumentFilterEquals
        | DocumentFilterIn
        | DocumentFilterLexicalSearch
        | DocumentFilterSemanticSearch
        | DocumentPassagesFilterBoolAnd
    )
    expansion_strategy: DocumentPassagesSearchPassageExpansionSymmetric
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any]
        filter_ = self.filter_.to_dict()

        expansion_strategy = self.expansion_strategy.to_dict()

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filter": filter_,
                "expansionStrategy": expansion_strategy,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_filter_equals import DocumentFilterEquals  # noqa: PLC0415
        from ..models.document_filter_in import DocumentFilterIn  # noqa: PLC0415
        from ..models.document_filter_lexical_search import DocumentFilterLexicalSearch  # noqa: PLC0415
        from ..models.document_filter_semantic_search import DocumentFilterSemanticSearch  # noqa: PLC0415
        from ..models.document_passages_filter_bool_and import DocumentPassagesFilterBoolAnd  # noqa: PLC0415
        from ..models.document_passages_search_passage_expansion_symmetric import (
            DocumentPassagesSearchPassageExpansionSymmetric,  # noqa: PLC0415
        )

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

        expansion_strategy = DocumentPassagesSearchPassageExpansionSymmetric.from_dict(d.pop("expansionStrategy"))

        limit = d.pop("limit", UNSET)

        document_passages_search_request = cls(
            filter_=filter_,
            expansion_strategy=expansion_strategy,
            limit=limit,
        )

        document_passages_search_request.additional_properties = d
        return document_passages_search_request
