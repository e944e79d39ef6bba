from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.aggregates_definition_ila import AggregatesDefinitionIla
    from ..models.number_histogram_aggregate_ila_number_histogram_hard_bounds import (
        NumberHistogramAggregateIlaNumberHistogramHardBounds,
    )


T = TypeVar("T", bound="NumberHistogramAggregateIlaNumberHistogram")


@_attrs_define
class NumberHistogramAggregateIlaNumberHistogram(AdditionalProperties):
    """A histogram aggregator function. This function will generate a histogram from the values of the specified
    property. It uses the specified interval as defined in your `interval` argument.

    <u>Example:</u>

    To get explicit count of players with salaries grouped by $1K and the money which a club spend on each the group:
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

        Attributes:
            interval (float): The interval between each bucket.
            property_ (list[str]):
            hard_bounds (NumberHistogramAggregateIlaNumberHistogramHardBounds | Unset): To limit the range of buckets in the
                histogram.
                It is particularly useful in the case of open data ranges that can result in a
                very large number of buckets. One or both bounds must be specified.
                The returned buckets are those whose keys fall within [min, max] (both inclusive).
            aggregates (AggregatesDefinitionIla | Unset):  Example: {'my_avg_aggregate1': {'avg': {'property': ['mySpace',
                'myContainer', 'manufacturer']}}, 'my_terms_aggregate2': {'uniqueValues': {'property': ['mySpace',
                'myContainer', 'manufacturer'], 'aggregates': {'my_sub_aggregate1': {'min': {'property': ['mySpace',
                'myContainer', 'price']}}, 'my_sub_aggregate2': {'max': {'property': ['mySpace', 'myContainer', 'price']}},
                'my_sub_aggregate3': {'uniqueValues': {'property': ['mySpace', 'myContainer', 'region']}}}}}}.
    """

    _FIT = {
        "interval": "n",
        "property": ("l", "s"),
        "hardBounds": ("m", "NumberHistogramAggregateIlaNumberHistogramHardBounds"),
        "aggregates": ("m", "AggregatesDefinitionIla"),
    }
    _REQUIRED = ("interval", "property")

    interval: float
    property_: list[str]
    hard_bounds: NumberHistogramAggregateIlaNumberHistogramHardBounds | Unset = UNSET
    aggregates: AggregatesDefinitionIla | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval

        property_ = self.property_

        hard_bounds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hard_bounds, Unset):
            hard_bounds = self.hard_bounds.to_dict()

        aggregates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aggregates, Unset):
            aggregates = self.aggregates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interval": interval,
                "property": property_,
            }
        )
        if hard_bounds is not UNSET:
            field_dict["hardBounds"] = hard_bounds
        if aggregates is not UNSET:
            field_dict["aggregates"] = aggregates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregates_definition_ila import AggregatesDefinitionIla  # noqa: PLC0415
        from ..models.number_histogram_aggregate_ila_number_histogram_hard_bounds import (
            NumberHistogramAggregateIlaNumberHistogramHardBounds,  # noqa: PLC0415
        )

        d = dict(src_dict)
        interval = d.pop("interval")

        property_ = cast(list[str], d.pop("property"))

        _hard_bounds = d.pop("hardBounds", UNSET)
        hard_bounds: NumberHistogramAggregateIlaNumberHistogramHardBounds | Unset
        if isinstance(_hard_bounds, Unset):
            hard_bounds = UNSET
        else:
            hard_bounds = NumberHistogramAggregateIlaNumberHistogramHardBounds.from_dict(_hard_bounds)

        _aggregates = d.pop("aggregates", UNSET)
        aggregates: AggregatesDefinitionIla | Unset
        if isinstance(_aggregates, Unset):
            aggregates = UNSET
        else:
            aggregates = AggregatesDefinitionIla.from_dict(_aggregates)

        number_histogram_aggregate_ila_number_histogram = cls(
            interval=interval,
            property_=property_,
            hard_bounds=hard_bounds,
            aggregates=aggregates,
        )

        number_histogram_aggregate_ila_number_histogram.additional_properties = d
        return number_histogram_aggregate_ila_number_histogram
