from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.unique_values_aggregate_unique_values import UniqueValuesAggregateUniqueValues


T = TypeVar("T", bound="UniqueValuesAggregate")


@_attrs_define
class UniqueValuesAggregate(AdditionalProperties):
    """
    Attributes:
        unique_values (UniqueValuesAggregateUniqueValues): Request unique value buckets aggregate on of the specified
            property.
            Each bucket is defined by `values` array and has the number of the `values` occurrences.
    """

    _FIT = {"uniqueValues": ("m", "UniqueValuesAggregateUniqueValues")}
    _REQUIRED = ("uniqueValues",)

    unique_values: UniqueValuesAggregateUniqueValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unique_values = self.unique_values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uniqueValues": unique_values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unique_values_aggregate_unique_values import UniqueValuesAggregateUniqueValues  # noqa: PLC0415

        d = dict(src_dict)
        unique_values = UniqueValuesAggregateUniqueValues.from_dict(d.pop("uniqueValues"))

        unique_values_aggregate = cls(
            unique_values=unique_values,
        )

        unique_values_aggregate.additional_properties = d
        return unique_values_aggregate
