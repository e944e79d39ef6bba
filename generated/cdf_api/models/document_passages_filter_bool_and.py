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


T = TypeVar("T", bound="DocumentPassagesFilterBoolAnd")


@_attrs_define
class DocumentPassagesFilterBoolAnd(AdditionalProperties):
    """
    Attributes:
        and_ (list[DocumentFilterEquals | DocumentFilterIn | DocumentFilterLexicalSearch | DocumentFilterSemanticSearch
            | DocumentPassagesFilterBoolAnd]): All of the sub-clauses in the query must appear in matching items. Example:
            [{'prefix': {'property': ['name'], 'value': 'Report'}}, {'equals': {'property': ['type'], 'value': 'PDF'}}].
    """

    _FIT = {
        "and": (
            "l",
            (
                "u",
                (
                    ("m", "DocumentPassagesFilterBoolAnd"),
                    ("m", "DocumentFilterEquals"),
                    ("m", "DocumentFilterIn"),
                    ("m", "DocumentFilterSemanticSearch"),
                    ("m", "DocumentFilterLexicalSearch"),
                ),
            ),
        )
    }
    _REQUIRED = ("and",)

    and_: list[
        DocumentFilterEquals
        | DocumentFilterIn
        | DocumentFilterLexicalSearch
        | DocumentFilterSemanticSearch
        | DocumentPassagesFilterBoolAnd
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        and_ = []
        for and_item_data in self.and_:
            and_item: dict[str, Any]
            and_item = and_item_data.to_dict()

            and_.append(and_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "and": and_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_filter_equals import DocumentFilterEquals  # noqa: PLC0415
        from ..models.document_filter_in import DocumentFilterIn  # noqa: PLC0415
        from ..models.document_filter_lexical_search import DocumentFilterLexicalSearch  # noqa: PLC0415
        from ..models.document_filter_semantic_search import DocumentFilterSemanticSearch  # noqa: PLC0415

        d = dict(src_dict)
        and_ = []
        _and_ = d.pop("and")
        for and_item_data in _and_:

            def _parse_and_item(
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

            and_item = _parse_and_item(and_item_data)

            and_.append(and_item)

        document_passages_filter_bool_and = cls(
            and_=and_,
        )

        document_passages_filter_bool_and.additional_properties = d
        return document_passages_filter_bool_and
