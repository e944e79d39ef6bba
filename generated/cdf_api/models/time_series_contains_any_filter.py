from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.time_series_contains_any_filter_contains_any import TimeSeriesContainsAnyFilterContainsAny


T = TypeVar("T", bound="TimeSeriesContainsAnyFilter")


@_attrs_define
class TimeSeriesContainsAnyFilter(AdditionalProperties):
    """
    Attributes:
        contains_any (TimeSeriesContainsAnyFilterContainsAny): Matches items where the property contains one or more of
            the given values.
            This filter can only be applied to multivalued properties.
    """

    _FIT = {"containsAny": ("m", "TimeSeriesContainsAnyFilterContainsAny")}
    _REQUIRED = ("containsAny",)

    contains_any: TimeSeriesContainsAnyFilterContainsAny
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contains_any = self.contains_any.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containsAny": contains_any,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_series_contains_any_filter_contains_any import TimeSeriesContainsAnyFilterContainsAny  # noqa: PLC0415

        d = dict(src_dict)
        contains_any = TimeSeriesContainsAnyFilterContainsAny.from_dict(d.pop("containsAny"))

        time_series_contains_any_filter = cls(
            contains_any=contains_any,
        )

        time_series_contains_any_filter.additional_properties = d
        return time_series_contains_any_filter
