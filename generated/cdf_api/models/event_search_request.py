from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.event_filter import EventFilter
    from ..models.event_search import EventSearch


T = TypeVar("T", bound="EventSearchRequest")


@_attrs_define
class EventSearchRequest(AdditionalProperties):
    """Filter on events filter with exact match

    Attributes:
        filter_ (EventFilter | Unset): Filter on events filter with exact match
        search (EventSearch | Unset):
        limit (int | Unset): <- Limits the maximum number of results to be returned by single request. Request may
            contain less results than request limit.
    """

    _FIT = {"filter": ("m", "EventFilter"), "search": ("m", "EventSearch"), "limit": "i"}
    _REQUIRED = ()

    filter_: EventFilter | Unset = UNSET
    search: EventSearch | Unset = UNSET
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
        from ..models.event_filter import EventFilter  # noqa: PLC0415
        from ..models.event_search import EventSearch  # noqa: PLC0415

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: EventFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = EventFilter.from_dict(_filter_)

        _search = d.pop("search", UNSET)
        search: EventSearch | Unset
        if isinstance(_search, Unset):
            search = UNSET
        else:
            search = EventSearch.from_dict(_search)

        limit = d.pop("limit", UNSET)

        event_search_request = cls(
            filter_=filter_,
            search=search,
            limit=limit,
        )

        event_search_request.additional_properties = d
        return event_search_request
