from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.aggregated_histogram_value_buckets_item import AggregatedHistogramValueBucketsItem


T = TypeVar("T", bound="AggregatedHistogramValue")


@_attrs_define
class AggregatedHistogramValue(AdditionalProperties):
    """
    Attributes:
        aggregate (Literal['histogram']):
        interval (float):  Example: 50.
        property_ (str):  Example: duration.
        buckets (list[AggregatedHistogramValueBucketsItem]): List (array) of buckets to use for histogram aggregates.
    """

    _FIT = {
        "aggregate": ("c", "histogram"),
        "interval": "n",
        "property": "s",
        "buckets": ("l", ("m", "AggregatedHistogramValueBucketsItem")),
    }
    _REQUIRED = ("aggregate", "interval", "property", "buckets")

    aggregate: Literal["histogram"]
    interval: float
    property_: str
    buckets: list[AggregatedHistogramValueBucketsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggregate = self.aggregate

        interval = self.interval

        property_ = self.property_

        buckets = []
        for buckets_item_data in self.buckets:
            buckets_item = buckets_item_data.to_dict()
            buckets.append(buckets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aggregate": aggregate,
                "interval": interval,
                "property": property_,
                "buckets": buckets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregated_histogram_value_buckets_item import AggregatedHistogramValueBucketsItem  # noqa: PLC0415

        d = dict(src_dict)
        aggregate = cast(Literal["histogram"], d.pop("aggregate"))
        if aggregate != "histogram":
            raise ValueError(f"aggregate must match const 'histogram', got '{aggregate}'")

        interval = d.pop("interval")

        property_ = d.pop("property")

        buckets = []
        _buckets = d.pop("buckets")
        for buckets_item_data in _buckets:
            buckets_item = AggregatedHistogramValueBucketsItem.from_dict(buckets_item_data)

            buckets.append(buckets_item)

        aggregated_histogram_value = cls(
            aggregate=aggregate,
            interval=interval,
            property_=property_,
            buckets=buckets,
        )

        aggregated_histogram_value.additional_properties = d
        return aggregated_histogram_value
