from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.sum_aggregate_function_v3_sum import SumAggregateFunctionV3Sum


T = TypeVar("T", bound="SumAggregateFunctionV3")


@_attrs_define
class SumAggregateFunctionV3(AdditionalProperties):
    """Calculates the sum from the values of the specified property.

    Attributes:
        sum_ (SumAggregateFunctionV3Sum):
    """

    _FIT = {"sum": ("m", "SumAggregateFunctionV3Sum")}
    _REQUIRED = ("sum",)

    sum_: SumAggregateFunctionV3Sum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sum_ = self.sum_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sum": sum_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sum_aggregate_function_v3_sum import SumAggregateFunctionV3Sum  # noqa: PLC0415

        d = dict(src_dict)
        sum_ = SumAggregateFunctionV3Sum.from_dict(d.pop("sum"))

        sum_aggregate_function_v3 = cls(
            sum_=sum_,
        )

        sum_aggregate_function_v3.additional_properties = d
        return sum_aggregate_function_v3
