from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SumAggregateResultIla")


@_attrs_define
class SumAggregateResultIla(AdditionalProperties):
    """
    Attributes:
        sum_ (float): The sum from the values of the specified in the request property.
             Example: 777.
    """

    _FIT = {"sum": "n"}
    _REQUIRED = ("sum",)

    sum_: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sum_ = self.sum_

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
        d = dict(src_dict)
        sum_ = d.pop("sum")

        sum_aggregate_result_ila = cls(
            sum_=sum_,
        )

        sum_aggregate_result_ila.additional_properties = d
        return sum_aggregate_result_ila
