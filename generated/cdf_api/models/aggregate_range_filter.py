from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.aggregate_range_filter_range import AggregateRangeFilterRange


T = TypeVar("T", bound="AggregateRangeFilter")


@_attrs_define
class AggregateRangeFilter(AdditionalProperties):
    """
    Attributes:
        range_ (AggregateRangeFilterRange): Matches items that contain terms within the provided range.
            It's not allowed to specify both inclusive and exclusive bounds (such as `gte`, `gt`) together.
            `gte`: Greater than or equal to.
            `gt`: Greater than.
            `lte`: Less than or equal to.
            `lt`: Less than.
    """

    _FIT = {"range": ("m", "AggregateRangeFilterRange")}
    _REQUIRED = ("range",)

    range_: AggregateRangeFilterRange
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        range_ = self.range_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "range": range_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregate_range_filter_range import AggregateRangeFilterRange  # noqa: PLC0415

        d = dict(src_dict)
        range_ = AggregateRangeFilterRange.from_dict(d.pop("range"))

        aggregate_range_filter = cls(
            range_=range_,
        )

        aggregate_range_filter.additional_properties = d
        return aggregate_range_filter
