from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.sequence_filter import SequenceFilter
    from ..models.sequence_search import SequenceSearch


T = TypeVar("T", bound="SequencesSearchDTO")


@_attrs_define
class SequencesSearchDTO(AdditionalProperties):
    """
    Attributes:
        filter_ (SequenceFilter | Unset):
        search (SequenceSearch | Unset):
        limit (int | Unset): Returns up to this many results.
    """

    _FIT = {"filter": ("m", "SequenceFilter"), "search": ("m", "SequenceSearch"), "limit": "i"}
    _REQUIRED = ()

    filter_: SequenceFilter | Unset = UNSET
    search: SequenceSearch | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search, Unset):
            search = self.search.to_dict()

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if search is not UNSET:
            field_dict["search"] = search
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sequence_filter import SequenceFilter  # noqa: PLC0415
        from ..models.sequence_search import SequenceSearch  # noqa: PLC0415

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: SequenceFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = SequenceFilter.from_dict(_filter_)

        _search = d.pop("search", UNSET)
        search: SequenceSearch | Unset
        if isinstance(_search, Unset):
            search = UNSET
        else:
            search = SequenceSearch.from_dict(_search)

        limit = d.pop("limit", UNSET)

        sequences_search_dto = cls(
            filter_=filter_,
            search=search,
            limit=limit,
        )

        sequences_search_dto.additional_properties = d
        return sequences_search_dto
