from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.avg_aggregate import AvgAggregate
    from ..models.count_aggregate import CountAggregate
    from ..models.max_aggregate import MaxAggregate
    from ..models.min_aggregate import MinAggregate
    from ..models.number_histogram_aggregate import NumberHistogramAggregate
    from ..models.sum_aggregate import SumAggregate
    from ..models.unique_values_aggregate import UniqueValuesAggregate


T = TypeVar("T", bound="AggregatesDefinition")


@_attrs_define
class AggregatesDefinition(AdditionalProperties):
    """A dictionary of requested aggregates with client defined names/identifiers.

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
    ```

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
        AvgAggregate
        | CountAggregate
        | MaxAggregate
        | MinAggregate
        | NumberHistogramAggregate
        | SumAggregate
        | UniqueValuesAggregate,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.avg_aggregate import AvgAggregate  # noqa: PLC0415
        from ..models.count_aggregate import CountAggregate  # noqa: PLC0415
        from ..models.max_aggregate import MaxAggregate  # noqa: PLC0415
        from ..models.min_aggregate import MinAggregate  # noqa: PLC0415
        from ..models.number_histogram_aggregate import NumberHistogramAggregate  # noqa: PLC0415
        from ..models.sum_aggregate import SumAggregate  # noqa: PLC0415
        from ..models.unique_values_aggregate import UniqueValuesAggregate  # noqa: PLC0415

        d = dict(src_dict)
        aggregates_definition = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                AvgAggregate
                | CountAggregate
                | MaxAggregate
                | MinAggregate
                | NumberHistogramAggregate
                | SumAggregate
                | UniqueValuesAggregate
            ):
                return parse_best(
                    data,
                    (
                        AvgAggregate,
                        CountAggregate,
                        MinAggregate,
                        MaxAggregate,
                        SumAggregate,
                        UniqueValuesAggregate,
                        NumberHistogramAggregate,
                    ),
                )

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        aggregates_definition.additional_properties = additional_properties
        return aggregates_definition
