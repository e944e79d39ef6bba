from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.document_filter_search_search import DocumentFilterSearchSearch


T = TypeVar("T", bound="DocumentFilterSearch")


@_attrs_define
class DocumentFilterSearch(AdditionalProperties):
    """
    Attributes:
        search (DocumentFilterSearchSearch): Matches items that contains the search query. Example: {'property':
            ['content'], 'value': 'Report'}.
    """

    _FIT = {"search": ("m", "DocumentFilterSearchSearch")}
    _REQUIRED = ("search",)

    search: DocumentFilterSearchSearch
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search = self.search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "search": search,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_filter_search_search import DocumentFilterSearchSearch  # noqa: PLC0415

        d = dict(src_dict)
        search = DocumentFilterSearchSearch.from_dict(d.pop("search"))

        document_filter_search = cls(
            search=search,
        )

        document_filter_search.additional_properties = d
        return document_filter_search
