from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.avg_aggregate_result_ila import AvgAggregateResultIla
    from ..models.count_aggregate_result_ila import CountAggregateResultIla
    from ..models.filters_aggregate_result_ila import FiltersAggregateResultIla
    from ..models.max_aggregate_result_ila import MaxAggregateResultIla
    from ..models.min_aggregate_result_ila import MinAggregateResultIla
    from ..models.moving_function_aggregate_result_ila import MovingFunctionAggregateResultIla
    from ..models.number_histogram_aggregate_result_ila import NumberHistogramAggregateResultIla
    from ..models.sum_aggregate_result_ila import SumAggregateResultIla
    from ..models.time_histogram_aggregate_result_ila import TimeHistogramAggregateResultIla
    from ..models.unique_values_aggregate_result_ila import UniqueValuesAggregateResultIla


T = TypeVar("T", bound="AggregatesResultDefinitionIla")


@_attrs_define
class AggregatesResultDefinitionIla(AdditionalProperties):
    """A dictionary of the results for the requested aggregates mapped by the aggregates identifiers.

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

        Example:
            {'my_avg_aggregate1': {'avg': 42}, 'my_terms_aggregate2': {'uniqueValueBuckets': [{'value': 'Cognite', 'count':
                42, 'aggregates': {'my_sub_aggregate1': {'min': 13}, 'my_sub_aggregate2': {'max': 69}, 'my_sub_aggregate3':
                {'uniqueValueBuckets': [{'value': 'us1', 'count': 42}, {'value': 'ie1', 'count': 7}]}}}, {'value': 'AkerBP',
                'count': 21, 'aggregates': {'my_sub_aggregate1': {'min': 99}, 'my_sub_aggregate2': {'max': 999},
                'my_sub_aggregate3': {'uniqueValueBuckets': [{'value': 'us1', 'count': 11}]}}}]}}

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[
        str,
        AvgAggregateResultIla
        | CountAggregateResultIla
        | FiltersAggregateResultIla
        | MaxAggregateResultIla
        | MinAggregateResultIla
        | MovingFunctionAggregateResultIla
        | NumberHistogramAggregateResultIla
        | SumAggregateResultIla
        | TimeHistogramAggregateResultIla
        | UniqueValuesAggregateResultIla,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.avg_aggregate_result_ila import AvgAggregateResultIla  # noqa: PLC0415
        from ..models.count_aggregate_result_ila import CountAggregateResultIla  # noqa: PLC0415
        from ..models.filters_aggregate_result_ila import FiltersAggregateResultIla  # noqa: PLC0415
        from ..models.max_aggregate_result_ila import MaxAggregateResultIla  # noqa: PLC0415
        from ..models.min_aggregate_result_ila import MinAggregateResultIla  # noqa: PLC0415
        from ..models.moving_function_aggregate_result_ila import MovingFunctionAggregateResultIla  # noqa: PLC0415
        from ..models.number_histogram_aggregate_result_ila import NumberHistogramAggregateResultIla  # noqa: PLC0415
        from ..models.sum_aggregate_result_ila import SumAggregateResultIla  # noqa: PLC0415
        from ..models.time_histogram_aggregate_result_ila import TimeHistogramAggregateResultIla  # noqa: PLC0415
        from ..models.unique_values_aggregate_result_ila import UniqueValuesAggregateResultIla  # noqa: PLC0415

        d = dict(src_dict)
        aggregates_result_definition_ila = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                AvgAggregateResultIla
                | CountAggregateResultIla
                | FiltersAggregateResultIla
                | MaxAggregateResultIla
                | MinAggregateResultIla
                | MovingFunctionAggregateResultIla
                | NumberHistogramAggregateResultIla
                | SumAggregateResultIla
                | TimeHistogramAggregateResultIla
                | UniqueValuesAggregateResultIla
            ):
                return parse_best(
                    data,
                    (
                        AvgAggregateResultIla,
                        CountAggregateResultIla,
                        MinAggregateResultIla,
                        MaxAggregateResultIla,
                        SumAggregateResultIla,
                        UniqueValuesAggregateResultIla,
                        NumberHistogramAggregateResultIla,
                        TimeHistogramAggregateResultIla,
                        FiltersAggregateResultIla,
                        MovingFunctionAggregateResultIla,
                    ),
                )

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        aggregates_result_definition_ila.additional_properties = additional_properties
        return aggregates_result_definition_ila
