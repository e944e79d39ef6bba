from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.time_series_exists_filter_exists import TimeSeriesExistsFilterExists


T = TypeVar("T", bound="TimeSeriesExistsFilter")


@_attrs_define
class TimeSeriesExistsFilter(AdditionalProperties):
    """
    Attributes:
        exists (TimeSeriesExistsFilterExists): Matches items that have a value for the specified property.
    """

    _FIT = {"exists": ("m", "TimeSeriesExistsFilterExists")}
    _REQUIRED = ("exists",)

    exists: TimeSeriesExistsFilterExists
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exists = self.exists.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exists": exists,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_series_exists_filter_exists import TimeSeriesExistsFilterExists  # noqa: PLC0415

        d = dict(src_dict)
        exists = TimeSeriesExistsFilterExists.from_dict(d.pop("exists"))

        time_series_exists_filter = cls(
            exists=exists,
        )

        time_series_exists_filter.additional_properties = d
        return time_series_exists_filter
