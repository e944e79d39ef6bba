from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.aggregates_definition import AggregatesDefinition


T = TypeVar("T", bound="NumberHistogramAggregateNumberHistogram")


@_attrs_define
class NumberHistogramAggregateNumberHistogram(AdditionalProperties):
    """A histogram aggregator function. This function will generate a histogram from the values of the specified
    property. It uses the specified interval as defined in your `interval` argument.

        Attributes:
            interval (float): The interval between each bucket.
            property_ (list[str]): Property you want to aggregate. Use a list of strings to specify nested properties.

                <u>Example:</u>

                You have the object
                ```
                {
                  "room": {
                    "id": "b53"
                  },
                  "roomId": "a23"
                }
                ```

                Use `["room", "id"]` to return the value in the nested `id` property, which is a part of the `room` object.

                You can also read the value(s) in the standalone property `roomId` with `["roomId"]`.
                 Example: ['room', 'id'].
            aggregates (AggregatesDefinition | Unset): A dictionary of requested aggregates with client defined
                names/identifiers.

                <u>Example:</u>

                ```
                {
                  "my_aggr_1": {
                    "min": {"property": ["room", "size"]}
                  },
                  "my_aggr_2": {
                    "max": {"property": ["room", "size"]}
                  },
                }
                ``` Example: {'my_avg_aggregate1': {'avg': {'property': ['mySpace', 'myContainer', 'manufacturer']}},
                'my_terms_aggregate2': {'uniqueValues': {'property': ['mySpace', 'myContainer', 'manufacturer'], 'aggregates':
                {'my_sub_aggregate1': {'min': {'property': ['mySpace', 'myContainer', 'price']}}, 'my_sub_aggregate2': {'max':
                {'property': ['mySpace', 'myContainer', 'price']}}, 'my_sub_aggregate3': {'uniqueValues': {'property':
                ['mySpace', 'myContainer', 'region']}}}}}}.
    """

    _FIT = {"interval": "n", "property": ("l", "s"), "aggregates": ("m", "AggregatesDefinition")}
    _REQUIRED = ("interval", "property")

    interval: float
    property_: list[str]
    aggregates: AggregatesDefinition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval

        property_ = self.property_

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
        if aggregates is not UNSET:
            field_dict["aggregates"] = aggregates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregates_definition import AggregatesDefinition  # noqa: PLC0415

        d = dict(src_dict)
        interval = d.pop("interval")

        property_ = cast(list[str], d.pop("property"))

        _aggregates = d.pop("aggregates", UNSET)
        aggregates: AggregatesDefinition | Unset
        if isinstance(_aggregates, Unset):
            aggregates = UNSET
        else:
            aggregates = AggregatesDefinition.from_dict(_aggregates)

        number_histogram_aggregate_number_histogram = cls(
            interval=interval,
            property_=property_,
            aggregates=aggregates,
        )

        number_histogram_aggregate_number_histogram.additional_properties = d
        return number_histogram_aggregate_number_histogram
