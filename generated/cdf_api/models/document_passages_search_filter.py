from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import best_first

if TYPE_CHECKING:
    from ..models.document_filter_equals import DocumentFilterEquals
    from ..models.document_filter_in import DocumentFilterIn
    from ..models.document_filter_lexical_search import DocumentFilterLexicalSearch
    from ..models.document_filter_semantic_search import DocumentFilterSemanticSearch
    from ..models.document_passages_filter_bool_and import DocumentPassagesFilterBoolAnd


T = TypeVar("T", bound="DocumentPassagesSearchFilter")


@_attrs_define
class DocumentPassagesSearchFilter:
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
        from ..models.document_filter_equals import DocumentFilterEquals  # noqa: PLC0415
        from ..models.document_filter_in import DocumentFilterIn  # noqa: PLC0415
        from ..models.document_filter_semantic_search import DocumentFilterSemanticSearch  # noqa: PLC0415
        from ..models.document_passages_filter_bool_and import DocumentPassagesFilterBoolAnd  # noqa: PLC0415

        filter_: dict[str, Any]
        if isinstance(self.filter_, DocumentPassagesFilterBoolAnd):
            filter_ = self.filter_.to_dict()
        elif isinstance(self.filter_, DocumentFilterEquals):
            filter_ = self.filter_.to_dict()
        elif isinstance(self.filter_, DocumentFilterIn):
            filter_ = self.filter_.to_dict()
        elif isinstance(self.filter_, DocumentFilterSemanticSearch):
            filter_ = self.filter_.to_dict()
        else:
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
            if isinstance(data, dict):
                _ranked = best_first(
                    data,
                    (
                        DocumentPassagesFilterBoolAnd,
                        DocumentFilterEquals,
                        DocumentFilterIn,
                        DocumentFilterSemanticSearch,
                        DocumentFilterLexicalSearch,
                    ),
                )
                for _cls in _ranked[:-1]:
                    try:
                        return _cls.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                return _ranked[-1].from_dict(data)
            raise TypeError(f"expected an object, got {type(data).__name__}")

        filter_ = _parse_filter_(d.pop("filter"))

        document_passages_search_filter = cls(
            filter_=filter_,
        )

        document_passages_search_filter.additional_properties = d
        return document_passages_search_filter

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
