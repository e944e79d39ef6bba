from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.document_search_in_aggregate_search import DocumentSearchInAggregateSearch


T = TypeVar("T", bound="DocumentSearchInAggregate")


@_attrs_define
class DocumentSearchInAggregate(AdditionalProperties):
    """
    Attributes:
        search (DocumentSearchInAggregateSearch | Unset):
    """

    _FIT = {"search": ("m", "DocumentSearchInAggregateSearch")}
    _REQUIRED = ()

    search: DocumentSearchInAggregateSearch | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search, Unset):
            search = self.search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search is not UNSET:
            field_dict["search"] = search

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_search_in_aggregate_search import DocumentSearchInAggregateSearch  # noqa: PLC0415

        d = dict(src_dict)
        _search = d.pop("search", UNSET)
        search: DocumentSearchInAggregateSearch | Unset
        if isinstance(_search, Unset):
            search = UNSET
        else:
            search = DocumentSearchInAggregateSearch.from_dict(_search)

        document_search_in_aggregate = cls(
            search=search,
        )

        document_search_in_aggregate.additional_properties = d
        return document_search_in_aggregate
