from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.time_series_sort_item import TimeSeriesSortItem


T = TypeVar("T", bound="TimeSeriesSort")


@_attrs_define
class TimeSeriesSort(AdditionalProperties):
    """
    Attributes:
        sort (list[TimeSeriesSortItem] | Unset): Sort by array of selected properties.
    """

    _FIT = {"sort": ("l", ("m", "TimeSeriesSortItem"))}
    _REQUIRED = ()

    sort: list[TimeSeriesSortItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sort is not UNSET:
            field_dict["sort"] = sort

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_series_sort_item import TimeSeriesSortItem  # noqa: PLC0415

        d = dict(src_dict)
        _sort = d.pop("sort", UNSET)
        sort: list[TimeSeriesSortItem] | Unset = UNSET
        if _sort is not UNSET:
            sort = []
            for sort_item_data in _sort:
                sort_item = TimeSeriesSortItem.from_dict(sort_item_data)

                sort.append(sort_item)

        time_series_sort = cls(
            sort=sort,
        )

        time_series_sort.additional_properties = d
        return time_series_sort
