from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.filter_ import Filter
    from ..models.search import Search


T = TypeVar("T", bound="TimeSeriesSearchDTO")


@_attrs_define
class TimeSeriesSearchDTO(AdditionalProperties):
    """
    Attributes:
        filter_ (Filter | Unset):
        search (Search | Unset):
        limit (int | Unset): Return up to this many results.
    """

    _FIT = {"filter": ("m", "Filter"), "search": ("m", "Search"), "limit": "i"}
    _REQUIRED = ()

    filter_: Filter | Unset = UNSET
    search: Search | Unset = UNSET
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
        from ..models.filter_ import Filter  # noqa: PLC0415
        from ..models.search import Search  # noqa: PLC0415

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: Filter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = Filter.from_dict(_filter_)

        _search = d.pop("search", UNSET)
        search: Search | Unset
        if isinstance(_search, Unset):
            search = UNSET
        else:
            search = Search.from_dict(_search)

        limit = d.pop("limit", UNSET)

        time_series_search_dto = cls(
            filter_=filter_,
            search=search,
            limit=limit,
        )

        time_series_search_dto.additional_properties = d
        return time_series_search_dto
