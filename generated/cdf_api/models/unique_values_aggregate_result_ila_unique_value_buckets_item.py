from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.aggregates_result_definition_ila import AggregatesResultDefinitionIla


T = TypeVar("T", bound="UniqueValuesAggregateResultIlaUniqueValueBucketsItem")


@_attrs_define
class UniqueValuesAggregateResultIlaUniqueValueBucketsItem(AdditionalProperties):
    """
    Attributes:
        count (int): The count of items with the value in the property.
             Example: 42.
        value (bool | float | int | str):
        aggregates (AggregatesResultDefinitionIla | Unset): A dictionary of the results for the requested aggregates
            mapped by the aggregates identifiers.

            <u>Example:</u>

            ```
            {
              "my_aggr_1": {
                "avg": 42
              },
              "my_aggr_2": {
                "max": 69
              },
            }
            ```
             Example: {'my_avg_aggregate1': {'avg': 42}, 'my_terms_aggregate2': {'uniqueValueBuckets': [{'value': 'Cognite',
            'count': 42, 'aggregates': {'my_sub_aggregate1': {'min': 13}, 'my_sub_aggregate2': {'max': 69},
            'my_sub_aggregate3': {'uniqueValueBuckets': [{'value': 'us1', 'count': 42}, {'value': 'ie1', 'count': 7}]}}},
            {'value': 'AkerBP', 'count': 21, 'aggregates': {'my_sub_aggregate1': {'min': 99}, 'my_sub_aggregate2': {'max':
            999}, 'my_sub_aggregate3': {'uniqueValueBuckets': [{'value': 'us1', 'count': 11}]}}}]}}.
    """

    _FIT = {"count": "i", "value": ("u", ("s", "n", "i", "b")), "aggregates": ("m", "AggregatesResultDefinitionIla")}
    _REQUIRED = ("count", "value")

    count: int
    value: bool | float | int | str
    aggregates: AggregatesResultDefinitionIla | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        value: bool | float | int | str
        value = self.value

        aggregates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aggregates, Unset):
            aggregates = self.aggregates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "value": value,
            }
        )
        if aggregates is not UNSET:
            field_dict["aggregates"] = aggregates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregates_result_definition_ila import AggregatesResultDefinitionIla  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        def _parse_value(data: object) -> bool | float | int | str:
            return cast(bool | float | int | str, data)

        value = _parse_value(d.pop("value"))

        _aggregates = d.pop("aggregates", UNSET)
        aggregates: AggregatesResultDefinitionIla | Unset
        if isinstance(_aggregates, Unset):
            aggregates = UNSET
        else:
            aggregates = AggregatesResultDefinitionIla.from_dict(_aggregates)

        unique_values_aggregate_result_ila_unique_value_buckets_item = cls(
            count=count,
            value=value,
            aggregates=aggregates,
        )

        unique_values_aggregate_result_ila_unique_value_buckets_item.additional_properties = d
        return unique_values_aggregate_result_ila_unique_value_buckets_item
