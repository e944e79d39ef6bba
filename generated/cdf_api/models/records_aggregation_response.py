from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.aggregates_result_definition_ila import AggregatesResultDefinitionIla


T = TypeVar("T", bound="RecordsAggregationResponse")


@_attrs_define
class RecordsAggregationResponse(AdditionalProperties):
    """
    Attributes:
        aggregates (AggregatesResultDefinitionIla): A dictionary of the results for the requested aggregates mapped by
            the aggregates identifiers.

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

    _FIT = {"aggregates": ("m", "AggregatesResultDefinitionIla")}
    _REQUIRED = ("aggregates",)

    aggregates: AggregatesResultDefinitionIla
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggregates = self.aggregates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aggregates": aggregates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregates_result_definition_ila import AggregatesResultDefinitionIla  # noqa: PLC0415

        d = dict(src_dict)
        aggregates = AggregatesResultDefinitionIla.from_dict(d.pop("aggregates"))

        records_aggregation_response = cls(
            aggregates=aggregates,
        )

        records_aggregation_response.additional_properties = d
        return records_aggregation_response
