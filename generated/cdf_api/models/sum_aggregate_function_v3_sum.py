from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SumAggregateFunctionV3Sum")


@_attrs_define
class SumAggregateFunctionV3Sum(AdditionalProperties):
    """
    Attributes:
        property_ (str): The property who's data we use to calculate the sum of.  This property needs to be a defined-
            as-numerical property.
    """

    _FIT = {"property": "s"}
    _REQUIRED = ("property",)

    property_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_ = d.pop("property")

        sum_aggregate_function_v3_sum = cls(
            property_=property_,
        )

        sum_aggregate_function_v3_sum.additional_properties = d
        return sum_aggregate_function_v3_sum
