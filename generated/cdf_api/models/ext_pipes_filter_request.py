from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.ext_pipes_filter import ExtPipesFilter


T = TypeVar("T", bound="ExtPipesFilterRequest")


@_attrs_define
class ExtPipesFilterRequest(AdditionalProperties):
    """
    Attributes:
        filter_ (ExtPipesFilter | Unset):
        limit (int | Unset): Limits the number of results to return.
        cursor (str | Unset):
    """

    _FIT = {"filter": ("m", "ExtPipesFilter"), "limit": "i", "cursor": "s"}
    _REQUIRED = ()

    filter_: ExtPipesFilter | Unset = UNSET
    limit: int | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        limit = self.limit

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ext_pipes_filter import ExtPipesFilter  # noqa: PLC0415

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: ExtPipesFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = ExtPipesFilter.from_dict(_filter_)

        limit = d.pop("limit", UNSET)

        cursor = d.pop("cursor", UNSET)

        ext_pipes_filter_request = cls(
            filter_=filter_,
            limit=limit,
            cursor=cursor,
        )

        ext_pipes_filter_request.additional_properties = d
        return ext_pipes_filter_request
