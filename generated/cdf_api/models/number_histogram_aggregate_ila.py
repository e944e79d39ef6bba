from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.number_histogram_aggregate_ila_number_histogram import NumberHistogramAggregateIlaNumberHistogram


T = TypeVar("T", bound="NumberHistogramAggregateIla")


@_attrs_define
class NumberHistogramAggregateIla(AdditionalProperties):
    """
    Attributes:
        number_histogram (NumberHistogramAggregateIlaNumberHistogram): A histogram aggregator function. This function
            will generate a histogram from the values of the specified
            property. It uses the specified interval as defined in your `interval` argument.

            <u>Example:</u>

            To get explicit count of players with salaries grouped by $1K and the money which a club spend on each the
            group:
            ```
            {
              "my_salaries_histogram": {
                "numberHistogram": {
                  "interval": "1000",
                  "property": [ "football", "player", "salary" ],
                  "aggregates": {
                    "my_salaries_sum": {
                      "sum": { "property": [ "football", "player", "salary" ] }
                    }
                  }
                }
              }
            }
            ```
    """

    _FIT = {"numberHistogram": ("m", "NumberHistogramAggregateIlaNumberHistogram")}
    _REQUIRED = ("numberHistogram",)

    number_histogram: NumberHistogramAggregateIlaNumberHistogram
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
        from ..models.number_histogram_aggregate_ila_number_histogram import NumberHistogramAggregateIlaNumberHistogram  # noqa: PLC0415

        d = dict(src_dict)
        number_histogram = NumberHistogramAggregateIlaNumberHistogram.from_dict(d.pop("numberHistogram"))

        number_histogram_aggregate_ila = cls(
            number_histogram=number_histogram,
        )

        number_histogram_aggregate_ila.additional_properties = d
        return number_histogram_aggregate_ila
