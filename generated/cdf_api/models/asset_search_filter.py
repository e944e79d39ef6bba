from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.asset_filter_filter import AssetFilterFilter
    from ..models.asset_search_search import AssetSearchSearch


T = TypeVar("T", bound="AssetSearchFilter")


@_attrs_define
class AssetSearchFilter(AdditionalProperties):
    """Search request with filter capabilities.

    Example:
        {'filter': {'parentIds': [1293812938, 293823982938]}, 'search': {'name': 'flow', 'description': 'upstream'}}

    Attributes:
        filter_ (AssetFilterFilter | Unset): Filter on assets with strict matching.
        limit (int | Unset): Limits the number of results to return.
        search (AssetSearchSearch | Unset): Fulltext search for assets. Primarily meant for for human-centric use-cases,
            not for programs. The query parameter uses a different search algorithm than the deprecated name and description
            parameters, and will generally give much better results.
    """

    _FIT = {"filter": ("m", "AssetFilterFilter"), "limit": "i", "search": ("m", "AssetSearchSearch")}
    _REQUIRED = ()

    filter_: AssetFilterFilter | Unset = UNSET
    limit: int | Unset = UNSET
    search: AssetSearchSearch | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        limit = self.limit

        search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search, Unset):
            search = self.search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit
        if search is not UNSET:
            field_dict["search"] = search

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_filter_filter import AssetFilterFilter  # noqa: PLC0415
        from ..models.asset_search_search import AssetSearchSearch  # noqa: PLC0415

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: AssetFilterFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = AssetFilterFilter.from_dict(_filter_)

        limit = d.pop("limit", UNSET)

        _search = d.pop("search", UNSET)
        search: AssetSearchSearch | Unset
        if isinstance(_search, Unset):
            search = UNSET
        else:
            search = AssetSearchSearch.from_dict(_search)

        asset_search_filter = cls(
            filter_=filter_,
            limit=limit,
            search=search,
        )

        asset_search_filter.additional_properties = d
        return asset_search_filter
