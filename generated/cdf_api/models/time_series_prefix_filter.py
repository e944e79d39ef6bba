from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.time_series_prefix_filter_prefix import TimeSeriesPrefixFilterPrefix


T = TypeVar("T", bound="TimeSeriesPrefixFilter")


@_attrs_define
class TimeSeriesPrefixFilter(AdditionalProperties):
    """
    Attributes:
        prefix (TimeSeriesPrefixFilterPrefix): Matches items where the provided property begins with the given text.
    """

    _FIT = {"prefix": ("m", "TimeSeriesPrefixFilterPrefix")}
    _REQUIRED = ("prefix",)

    prefix: TimeSeriesPrefixFilterPrefix
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prefix = self.prefix.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prefix": prefix,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.time_series_prefix_filter_prefix import TimeSeriesPrefixFilterPrefix  # noqa: PLC0415

        d = dict(src_dict)
        prefix = TimeSeriesPrefixFilterPrefix.from_dict(d.pop("prefix"))

        time_series_prefix_filter = cls(
            prefix=prefix,
        )

        time_series_prefix_filter.additional_properties = d
        return time_series_prefix_filter
