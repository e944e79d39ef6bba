from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.time_series_contains_all_filter_contains_all import TimeSeriesContainsAllFilterContainsAll


T = TypeVar("T", bound="TimeSeriesContainsAllFilter")


@_attrs_define
class TimeSeriesContainsAllFilter(AdditionalProperties):
    """
    Attributes:
        contains_all (TimeSeriesContainsAllFilterContainsAll): Matches items where the property contains all the given
            values.
            This filter can only be applied to multivalued properties.
    """

    _FIT = {"containsAll": ("m", "TimeSeriesContainsAllFilterContainsAll")}
    _REQUIRED = ("containsAll",)

    contains_all: TimeSeriesContainsAllFilterContainsAll
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contains_all = self.contains_all.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containsAll": contains_all,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_series_contains_all_filter_contains_all import TimeSeriesContainsAllFilterContainsAll  # noqa: PLC0415

        d = dict(src_dict)
        contains_all = TimeSeriesContainsAllFilterContainsAll.from_dict(d.pop("containsAll"))

        time_series_contains_all_filter = cls(
            contains_all=contains_all,
        )

        time_series_contains_all_filter.additional_properties = d
        return time_series_contains_all_filter
