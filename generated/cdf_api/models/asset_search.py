from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.asset_search_search import AssetSearchSearch


T = TypeVar("T", bound="AssetSearch")


@_attrs_define
class AssetSearch(AdditionalProperties):
    """
    Attributes:
        search (AssetSearchSearch | Unset): Fulltext search for assets. Primarily meant for for human-centric use-cases,
            not for programs. The query parameter uses a different search algorithm than the deprecated name and description
            parameters, and will generally give much better results.
    """

    _FIT = {"search": ("m", "AssetSearchSearch")}
    _REQUIRED = ()

    search: AssetSearchSearch | Unset = UNSET
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
        from ..models.asset_search_search import AssetSearchSearch  # noqa: PLC0415

        d = dict(src_dict)
        _search = d.pop("search", UNSET)
        search: AssetSearchSearch | Unset
        if isinstance(_search, Unset):
            search = UNSET
        else:
            search = AssetSearchSearch.from_dict(_search)

        asset_search = cls(
            search=search,
        )

        asset_search.additional_properties = d
        return asset_search
