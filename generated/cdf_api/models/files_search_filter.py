from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.file_filter_filter import FileFilterFilter
    from ..models.files_search_filter_search import FilesSearchFilterSearch


T = TypeVar("T", bound="FilesSearchFilter")


@_attrs_define
class FilesSearchFilter(AdditionalProperties):
    """Filter on files with exact match

    Attributes:
        filter_ (FileFilterFilter | Unset):
        search (FilesSearchFilterSearch | Unset):
    """

    _FIT = {"filter": ("m", "FileFilterFilter"), "search": ("m", "FilesSearchFilterSearch")}
    _REQUIRED = ()

    filter_: FileFilterFilter | Unset = UNSET
    search: FilesSearchFilterSearch | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search, Unset):
            search = self.search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if search is not UNSET:
            field_dict["search"] = search

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_filter_filter import FileFilterFilter  # noqa: PLC0415
        from ..models.files_search_filter_search import FilesSearchFilterSearch  # noqa: PLC0415

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: FileFilterFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = FileFilterFilter.from_dict(_filter_)

        _search = d.pop("search", UNSET)
        search: FilesSearchFilterSearch | Unset
        if isinstance(_search, Unset):
            search = UNSET
        else:
            search = FilesSearchFilterSearch.from_dict(_search)

        files_search_filter = cls(
            filter_=filter_,
            search=search,
        )

        files_search_filter.additional_properties = d
        return files_search_filter
