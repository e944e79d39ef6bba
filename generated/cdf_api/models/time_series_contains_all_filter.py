from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.time_series_contains_all_filter_contains_all import TimeSeriesContainsAllFilterContainsAll


T = TypeVar("T", bound="TimeSeriesContainsAllFilter")


@_attrs_define
class TimeSeriesContainsAllFilter:
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

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
