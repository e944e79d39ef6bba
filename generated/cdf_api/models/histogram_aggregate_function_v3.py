from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.histogram_aggregate_function_v3_histogram import HistogramAggregateFunctionV3Histogram


T = TypeVar("T", bound="HistogramAggregateFunctionV3")


@_attrs_define
class HistogramAggregateFunctionV3(AdditionalProperties):
    """A histogram aggregator function.  This function will generate a histogram from the values of the specified property.
    It uses the specified interval as defined in your `interval` argument.

        Attributes:
            histogram (HistogramAggregateFunctionV3Histogram):
    """

    _FIT = {"histogram": ("m", "HistogramAggregateFunctionV3Histogram")}
    _REQUIRED = ("histogram",)

    histogram: HistogramAggregateFunctionV3Histogram
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        histogram = self.histogram.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "histogram": histogram,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.histogram_aggregate_function_v3_histogram import HistogramAggregateFunctionV3Histogram  # noqa: PLC0415

        d = dict(src_dict)
        histogram = HistogramAggregateFunctionV3Histogram.from_dict(d.pop("histogram"))

        histogram_aggregate_function_v3 = cls(
            histogram=histogram,
        )

        histogram_aggregate_function_v3.additional_properties = d
        return histogram_aggregate_function_v3
