from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.count_aggregate_function_v3_count import CountAggregateFunctionV3Count


T = TypeVar("T", bound="CountAggregateFunctionV3")


@_attrs_define
class CountAggregateFunctionV3(AdditionalProperties):
    """Counts the number of items.  When you specify a property, it returns the number of non-null values for that
    property.

        Attributes:
            count (CountAggregateFunctionV3Count):
    """

    _FIT = {"count": ("m", "CountAggregateFunctionV3Count")}
    _REQUIRED = ("count",)

    count: CountAggregateFunctionV3Count
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
        from ..models.count_aggregate_function_v3_count import CountAggregateFunctionV3Count  # noqa: PLC0415

        d = dict(src_dict)
        count = CountAggregateFunctionV3Count.from_dict(d.pop("count"))

        count_aggregate_function_v3 = cls(
            count=count,
        )

        count_aggregate_function_v3.additional_properties = d
        return count_aggregate_function_v3
