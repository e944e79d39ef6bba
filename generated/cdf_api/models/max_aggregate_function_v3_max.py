from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="MaxAggregateFunctionV3Max")


@_attrs_define
class MaxAggregateFunctionV3Max(AdditionalProperties):
    """
    Attributes:
        property_ (str): The property who's data we use to generate the max value from.  This property needs to be a
            defined-as-numerical property.
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

        max_aggregate_function_v3_max = cls(
            property_=property_,
        )

        max_aggregate_function_v3_max.additional_properties = d
        return max_aggregate_function_v3_max
