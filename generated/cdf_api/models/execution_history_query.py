from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.execution_history_filter import ExecutionHistoryFilter


T = TypeVar("T", bound="ExecutionHistoryQuery")


@_attrs_define
class ExecutionHistoryQuery(AdditionalProperties):
    """
    Attributes:
        filter_ (ExecutionHistoryFilter | Unset):
        limit (int | Unset): The maximum number of results to return.
        cursor (str | Unset): Cursor to use for paging through results. This cursor is returned in the response of a
            previous request as `nextCursor`. If not specified, start from the first page of results. Example:
            4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
    """

    _FIT = {"filter": ("m", "ExecutionHistoryFilter"), "limit": "i", "cursor": "s"}
    _REQUIRED = ()

    filter_: ExecutionHistoryFilter | Unset = UNSET
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
        from ..models.execution_history_filter import ExecutionHistoryFilter  # noqa: PLC0415

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: ExecutionHistoryFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = ExecutionHistoryFilter.from_dict(_filter_)

        limit = d.pop("limit", UNSET)

        cursor = d.pop("cursor", UNSET)

        execution_history_query = cls(
            filter_=filter_,
            limit=limit,
            cursor=cursor,
        )

        execution_history_query.additional_properties = d
        return execution_history_query
