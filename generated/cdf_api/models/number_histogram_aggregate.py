from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.number_histogram_aggregate_number_histogram import NumberHistogramAggregateNumberHistogram


T = TypeVar("T", bound="NumberHistogramAggregate")


@_attrs_define
class NumberHistogramAggregate(AdditionalProperties):
    """
    Attributes:
        number_histogram (NumberHistogramAggregateNumberHistogram): A histogram aggregator function. This function will
            generate a histogram from the values of the specified
            property. It uses the specified interval as defined in your `interval` argument.
    """

    _FIT = {"numberHistogram": ("m", "NumberHistogramAggregateNumberHistogram")}
    _REQUIRED = ("numberHistogram",)

    number_histogram: NumberHistogramAggregateNumberHistogram
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_histogram = self.number_histogram.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "numberHistogram": number_histogram,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.number_histogram_aggregate_number_histogram import NumberHistogramAggregateNumberHistogram  # noqa: PLC0415

        d = dict(src_dict)
        number_histogram = NumberHistogramAggregateNumberHistogram.from_dict(d.pop("numberHistogram"))

        number_histogram_aggregate = cls(
            number_histogram=number_histogram,
        )

        number_histogram_aggregate.additional_properties = d
        return number_histogram_aggregate
