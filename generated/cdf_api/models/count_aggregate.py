from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.count_aggregate_count import CountAggregateCount


T = TypeVar("T", bound="CountAggregate")


@_attrs_define
class CountAggregate(AdditionalProperties):
    """
    Attributes:
        count (CountAggregateCount): Counts the number of items. When you specify a property, it returns the number of
            non-null values for that property.
    """

    _FIT = {"count": ("m", "CountAggregateCount")}
    _REQUIRED = ("count",)

    count: CountAggregateCount
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.count_aggregate_count import CountAggregateCount  # noqa: PLC0415

        d = dict(src_dict)
        count = CountAggregateCount.from_dict(d.pop("count"))

        count_aggregate = cls(
            count=count,
        )

        count_aggregate.additional_properties = d
        return count_aggregate
