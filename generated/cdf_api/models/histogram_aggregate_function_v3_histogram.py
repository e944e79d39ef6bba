from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="HistogramAggregateFunctionV3Histogram")


@_attrs_define
class HistogramAggregateFunctionV3Histogram(AdditionalProperties):
    """
    Attributes:
        property_ (str): The property who's data we use to generate the histogram.  This property needs to be a defined-
            as-numerical property.
        interval (float): The interval between each bucket.
    """

    _FIT = {"property": "s", "interval": "n"}
    _REQUIRED = ("property", "interval")

    property_: str
    interval: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        interval = self.interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
                "interval": interval,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_ = d.pop("property")

        interval = d.pop("interval")

        histogram_aggregate_function_v3_histogram = cls(
            property_=property_,
            interval=interval,
        )

        histogram_aggregate_function_v3_histogram.additional_properties = d
        return histogram_aggregate_function_v3_histogram
