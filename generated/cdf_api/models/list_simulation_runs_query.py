from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.list_simulation_runs_filters import ListSimulationRunsFilters
    from ..models.sort_by_created_time import SortByCreatedTime
    from ..models.sort_by_simulation_time import SortBySimulationTime


T = TypeVar("T", bound="ListSimulationRunsQuery")


@_attrs_define
class ListSimulationRunsQuery(AdditionalProperties):
    """
    Attributes:
        filter_ (ListSimulationRunsFilters | Unset):
        limit (int | Unset):
        cursor (str | Unset): Cursor for pagination
        sort (list[SortByCreatedTime | SortBySimulationTime] | Unset): Only supports sorting by one property at a time
    """

    _FIT = {
        "filter": ("m", "ListSimulationRunsFilters"),
        "limit": "i",
        "cursor": "s",
        "sort": ("l", ("u", (("m", "SortByCreatedTime"), ("m", "SortBySimulationTime")))),
    }
    _REQUIRED = ()

    filter_: ListSimulationRunsFilters | Unset = UNSET
    limit: int | Unset = UNSET
    cursor: str | Unset = UNSET
    sort: list[SortByCreatedTime | SortBySimulationTime] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        limit = self.limit

        cursor = self.cursor

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item: dict[str, Any]
                sort_item = sort_item_data.to_dict()

                sort.append(sort_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if sort is not UNSET:
            field_dict["sort"] = sort

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_simulation_runs_filters import ListSimulationRunsFilters  # noqa: PLC0415
        from ..models.sort_by_created_time import SortByCreatedTime  # noqa: PLC0415
        from ..models.sort_by_simulation_time import SortBySimulationTime  # noqa: PLC0415

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: ListSimulationRunsFilters | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = ListSimulationRunsFilters.from_dict(_filter_)

        limit = d.pop("limit", UNSET)

        cursor = d.pop("cursor", UNSET)

        _sort = d.pop("sort", UNSET)
        sort: list[SortByCreatedTime | SortBySimulationTime] | Unset = UNSET
        if _sort is not UNSET:
            sort = []
            for sort_item_data in _sort:

                def _parse_sort_item(data: object) -> SortByCreatedTime | SortBySimulationTime:
                    return parse_best(data, (SortByCreatedTime, SortBySimulationTime))

                sort_item = _parse_sort_item(sort_item_data)

                sort.append(sort_item)

        list_simulation_runs_query = cls(
            filter_=filter_,
            limit=limit,
            cursor=cursor,
            sort=sort,
        )

        list_simulation_runs_query.additional_properties = d
        return list_simulation_runs_query
