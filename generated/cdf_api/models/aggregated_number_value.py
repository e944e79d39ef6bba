from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aggregated_number_value_aggregate import AggregatedNumberValueAggregate
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AggregatedNumberValue")


@_attrs_define
class AggregatedNumberValue(AdditionalProperties):
    """
    Attributes:
        aggregate (AggregatedNumberValueAggregate):  Example: avg.
        property_ (str | Unset): The property the aggregate was calculated from Example: duration.
        value (float | Unset): Value returned by the aggregate function Example: 0.2.
    """

    _FIT = {"aggregate": "s", "property": "s", "value": "n"}
    _REQUIRED = ("aggregate",)

    aggregate: AggregatedNumberValueAggregate
    property_: str | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggregate = self.aggregate.value

        property_ = self.property_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aggregate": aggregate,
            }
        )
        if property_ is not UNSET:
            field_dict["property"] = property_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        aggregate = AggregatedNumberValueAggregate(d.pop("aggregate"))

        property_ = d.pop("property", UNSET)

        value = d.pop("value", UNSET)

        aggregated_number_value = cls(
            aggregate=aggregate,
            property_=property_,
            value=value,
        )

        aggregated_number_value.additional_properties = d
        return aggregated_number_value
