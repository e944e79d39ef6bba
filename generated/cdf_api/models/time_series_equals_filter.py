from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.time_series_equals_filter_equals import TimeSeriesEqualsFilterEquals


T = TypeVar("T", bound="TimeSeriesEqualsFilter")


@_attrs_define
class TimeSeriesEqualsFilter(AdditionalProperties):
    """
    Attributes:
        equals (TimeSeriesEqualsFilterEquals): Matches items where the given property is **exactly** equal to the given
            value.
    """

    _FIT = {"equals": ("m", "TimeSeriesEqualsFilterEquals")}
    _REQUIRED = ("equals",)

    equals: TimeSeriesEqualsFilterEquals
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        equals = self.equals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "equals": equals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_series_equals_filter_equals import TimeSeriesEqualsFilterEquals  # noqa: PLC0415

        d = dict(src_dict)
        equals = TimeSeriesEqualsFilterEquals.from_dict(d.pop("equals"))

        time_series_equals_filter = cls(
            equals=equals,
        )

        time_series_equals_filter.additional_properties = d
        return time_series_equals_filter
