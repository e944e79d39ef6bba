from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.data_set_filter import DataSetFilter


T = TypeVar("T", bound="DataSetFilterRequest")


@_attrs_define
class DataSetFilterRequest(AdditionalProperties):
    """
    Attributes:
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        filter_ (DataSetFilter | Unset): Filter on data sets with strict matching.
        limit (int | Unset): Limits the number of results to return.
    """

    _FIT = {"cursor": "s", "filter": ("m", "DataSetFilter"), "limit": "i"}
    _REQUIRED = ()

    cursor: str | Unset = UNSET
    filter_: DataSetFilter | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cursor = self.cursor

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_set_filter import DataSetFilter  # noqa: PLC0415

        d = dict(src_dict)
        cursor = d.pop("cursor", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: DataSetFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = DataSetFilter.from_dict(_filter_)

        limit = d.pop("limit", UNSET)

        data_set_filter_request = cls(
            cursor=cursor,
            filter_=filter_,
            limit=limit,
        )

        data_set_filter_request.additional_properties = d
        return data_set_filter_request
