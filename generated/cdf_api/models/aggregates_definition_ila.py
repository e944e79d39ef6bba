from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.avg_aggregate_ila import AvgAggregateIla
    from ..models.count_aggregate_ila import CountAggregateIla
    from ..models.filters_aggregate_ila import FiltersAggregateIla
    from ..models.max_aggregate_ila import MaxAggregateIla
    from ..models.min_aggregate_ila import MinAggregateIla
    from ..models.moving_function_aggregate_ila import MovingFunctionAggregateIla
    from ..models.number_histogram_aggregate_ila import NumberHistogramAggregateIla
    from ..models.sum_aggregate_ila import SumAggregateIla
    from ..models.time_histogram_aggregate_ila import TimeHistogramAggregateIla
    from ..models.unique_values_aggregate_ila import UniqueValuesAggregateIla


T = TypeVar("T", bound="AggregatesDefinitionIla")


@_attrs_define
class AggregatesDefinitionIla(AdditionalProperties):
    """
    Example:
        {'my_avg_aggregate1': {'avg': {'property': ['mySpace', 'myContainer', 'manufacturer']}}, 'my_terms_aggregate2':
            {'uniqueValues': {'property': ['mySpace', 'myContainer', 'manufacturer'], 'aggregates': {'my_sub_aggregate1':
            {'min': {'property': ['mySpace', 'myContainer', 'price']}}, 'my_sub_aggregate2': {'max': {'property':
            ['mySpace', 'myContainer', 'price']}}, 'my_sub_aggregate3': {'uniqueValues': {'property': ['mySpace',
            'myContainer', 'region']}}}}}}

    """

    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[
        str,
        AvgAggregateIla
        | CountAggregateIla
        | FiltersAggregateIla
        | MaxAggregateIla
        | MinAggregateIla
        | MovingFunctionAggregateIla
        | NumberHistogramAggregateIla
        | SumAggregateIla
        | TimeHistogramAggregateIla
        | UniqueValuesAggregateIla,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.avg_aggregate_ila import AvgAggregateIla  # noqa: PLC0415
        from ..models.count_aggregate_ila import CountAggregateIla  # noqa: PLC0415
        from ..models.filters_aggregate_ila import FiltersAggregateIla  # noqa: PLC0415
        from ..models.max_aggregate_ila import MaxAggregateIla  # noqa: PLC0415
        from ..models.min_aggregate_ila import MinAggregateIla  # noqa: PLC0415
        from ..models.moving_function_aggregate_ila import MovingFunctionAggregateIla  # noqa: PLC0415
        from ..models.number_histogram_aggregate_ila import NumberHistogramAggregateIla  # noqa: PLC0415
        from ..models.sum_aggregate_ila import SumAggregateIla  # noqa: PLC0415
        from ..models.time_histogram_aggregate_ila import TimeHistogramAggregateIla  # noqa: PLC0415
        from ..models.unique_values_aggregate_ila import UniqueValuesAggregateIla  # noqa: PLC0415

        d = dict(src_dict)
        aggregates_definition_ila = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                AvgAggregateIla
                | CountAggregateIla
                | FiltersAggregateIla
                | MaxAggregateIla
                | MinAggregateIla
                | MovingFunctionAggregateIla
                | NumberHistogramAggregateIla
                | SumAggregateIla
                | TimeHistogramAggregateIla
                | UniqueValuesAggregateIla
            ):
                return parse_best(
                    data,
                    (
                        AvgAggregateIla,
                        CountAggregateIla,
                        MinAggregateIla,
                        MaxAggregateIla,
                        SumAggregateIla,
                        UniqueValuesAggregateIla,
                        NumberHistogramAggregateIla,
                        TimeHistogramAggregateIla,
                        FiltersAggregateIla,
                        MovingFunctionAggregateIla,
                    ),
                )

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        aggregates_definition_ila.additional_properties = additional_properties
        return aggregates_definition_ila
