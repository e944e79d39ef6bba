from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.time_series_in_filter_in import TimeSeriesInFilterIn


T = TypeVar("T", bound="TimeSeriesInFilter")


@_attrs_define
class TimeSeriesInFilter(AdditionalProperties):
    """
    Attributes:
        in_ (TimeSeriesInFilterIn): Matches items where the given property is **exactly** equal to one of the given
            values.
            This filter can only be applied to single-valued properties.
    """

    _FIT = {"in": ("m", "TimeSeriesInFilterIn")}
    _REQUIRED = ("in",)

    in_: TimeSeriesInFilterIn
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_ = self.in_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "in": in_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_series_in_filter_in import TimeSeriesInFilterIn  # noqa: PLC0415

        d = dict(src_dict)
        in_ = TimeSeriesInFilterIn.from_dict(d.pop("in"))

        time_series_in_filter = cls(
            in_=in_,
        )

        time_series_in_filter.additional_properties = d
        return time_series_in_filter
