from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_operator import SearchOperator
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.avg_aggregate_function_v3 import AvgAggregateFunctionV3
    from ..models.contains_all_filter_v3 import ContainsAllFilterV3
    from ..models.contains_any_filter_v3 import ContainsAnyFilterV3
    from ..models.count_aggregate_function_v3 import CountAggregateFunctionV3
    from ..models.data_models_bool_filter_and import DataModelsBoolFilterAnd
    from ..models.data_models_bool_filter_not import DataModelsBoolFilterNot
    from ..models.data_models_bool_filter_or import DataModelsBoolFilterOr
    from ..models.data_models_nested_filter import DataModelsNestedFilter
    from ..models.dms_exists_filter import DMSExistsFilter
    from ..models.equals_filter_v3 import EqualsFilterV3
    from ..models.has_existing_data_filter_v3 import HasExistingDataFilterV3
    from ..models.histogram_aggregate_function_v3 import HistogramAggregateFunctionV3
    from ..models.in_filter_v3 import InFilterV3
    from ..models.instance_reference_filter_v3 import InstanceReferenceFilterV3
    from ..models.match_all_filter import MatchAllFilter
    from ..models.max_aggregate_function_v3 import MaxAggregateFunctionV3
    from ..models.min_aggregate_function_v3 import MinAggregateFunctionV3
    from ..models.overlaps_filter_v3 import OverlapsFilterV3
    from ..models.prefix_filter_v3 import PrefixFilterV3
    from ..models.range_filter_v3 import RangeFilterV3
    from ..models.sum_aggregate_function_v3 import SumAggregateFunctionV3


T = TypeVar("T", bound="CommonAggregationRequest")


@_attrs_define
class CommonAggregationRequest(AdditionalProperties):
    """Defines an aggregation request. This will let you group, and aggregate supported data types. The request supports
    filters, and allows optional search matching.

        Attributes:
            query (str | Unset): Optional query string.  The API will parse the query string, and use it to match the text
                properties on elements to use for the aggregate(s).
            properties (list[str] | Unset): Optional list (array) of properties you want to apply the query above to. If you
                do not list any properties, you search through text fields by default.
            limit (int | Unset): Limit the number of results returned. The default limit is currently at 100 items.
            aggregates (list[AvgAggregateFunctionV3 | CountAggregateFunctionV3 | HistogramAggregateFunctionV3 |
                MaxAggregateFunctionV3 | MinAggregateFunctionV3 | SumAggregateFunctionV3] | Unset):
            group_by (list[str] | Unset): The selection of fields to group the results by when doing aggregations. You can
                specify up to 5 items
                to group by.

                When you do not specify any aggregates, the fields listed in the `groupBy` clause will return the unique
                values stored for each field. The property types supported for `groupBy` are `text`, `direct`, `int32`, `int64`,
                `float32`, `float64`, `boolean`, and `enum`.
            filter_ (ContainsAllFilterV3 | ContainsAnyFilterV3 | DataModelsBoolFilterAnd | DataModelsBoolFilterNot |
                DataModelsBoolFilterOr | DataModelsNestedFilter | DMSExistsFilter | EqualsFilterV3 | HasExistingDataFilterV3 |
                InFilterV3 | InstanceReferenceFilterV3 | MatchAllFilter | OverlapsFilterV3 | PrefixFilterV3 | RangeFilterV3 |
                Unset): A filter Domain Specific Language (DSL) used to create advanced filter queries. Example: {'and': [{'in':
                {'property': ['tag'], 'values': [10011, 10011]}}, {'range': {'property': ['weight'], 'gte': 0}}]}.
            operator (SearchOperator | Unset): Controls how multiple search terms are combined when matching documents.
                - **OR** (default): A document matches if it contains *any* of the query terms
                  in the searchable fields. This typically returns more results but with lower precision.

                - **AND**: A document matches only if it contains *all* of the query terms
                  across the searchable fields. This typically returns fewer results but with higher relevance.
    """

    _FIT = {
        "query": "s",
        "properties": ("l", "s"),
        "limit": "i",
        "aggregates": (
            "l",
            (
                "u",
                (
                    ("m", "AvgAggregateFunctionV3"),
                    ("m", "CountAggregateFunctionV3"),
                    ("m", "MinAggregateFunctionV3"),
                    ("m", "MaxAggregateFunctionV3"),
                    ("m", "SumAggregateFunctionV3"),
                    ("m", "HistogramAggregateFunctionV3"),
                ),
            ),
        ),
        "groupBy": ("l", "s"),
        "filter": (
            "u",
            (
                ("m", "DataModelsBoolFilterAnd"),
                ("m", "DataModelsBoolFilterOr"),
                ("m", "DataModelsBoolFilterNot"),
                ("m", "EqualsFilterV3"),
                ("m", "InFilterV3"),
                ("m", "RangeFilterV3"),
                ("m", "PrefixFilterV3"),
                ("m", "DMSExistsFilter"),
                ("m", "ContainsAnyFilterV3"),
                ("m", "ContainsAllFilterV3"),
                ("m", "MatchAllFilter"),
                ("m", "DataModelsNestedFilter"),
                ("m", "OverlapsFilterV3"),
                ("m", "HasExistingDataFilterV3"),
                ("m", "InstanceReferenceFilterV3"),
            ),
        ),
        "operator": "s",
    }
    _REQUIRED = ()

    query: str | Unset = UNSET
    properties: list[str] | Unset = UNSET
    limit: int | Unset = UNSET
    aggregates: (
        list[
            AvgAggregateFunctionV3
            | CountAggregateFunctionV3
            | HistogramAggregateFunctionV3
            | MaxAggregateFunctionV3
            | MinAggregateFunctionV3
            | SumAggregateFunctionV3
        ]
        | Unset
    ) = UNSET
    group_by: list[str] | Unset = UNSET
    filter_: (
        ContainsAllFilterV3
        | ContainsAnyFilterV3
        | DataModelsBoolFilterAnd
        | DataModelsBoolFilterNot
        | DataModelsBoolFilterOr
        | DataModelsNestedFilter
        | DMSExistsFilter
        | EqualsFilterV3
        | HasExistingDataFilterV3
        | InFilterV3
        | InstanceReferenceFilterV3
        | MatchAllFilter
        | OverlapsFilterV3
        | PrefixFilterV3
        | RangeFilterV3
        | Unset
    ) = UNSET
    operator: SearchOperator | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        properties: list[str] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties

        limit = self.limit

        aggregates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.aggregates, Unset):
            aggregates = []
            for aggregates_item_data in self.aggregates:
                aggregates_item: dict[str, Any]
                aggregates_item = aggregates_item_data.to_dict()

                aggregates.append(aggregates_item)

        group_by: list[str] | Unset = UNSET
        if not isinstance(self.group_by, Unset):
            group_by = self.group_by

        filter_: dict[str, Any] | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_.to_dict()

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if query is not UNSET:
            field_dict["query"] = query
        if properties is not UNSET:
            field_dict["properties"] = properties
        if limit is not UNSET:
            field_dict["limit"] = limit
        if aggregates is not UNSET:
            field_dict["aggregates"] = aggregates
        if group_by is not UNSET:
            field_dict["groupBy"] = group_by
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if operator is not UNSET:
            field_dict["operator"] = operator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.avg_aggregate_function_v3 import AvgAggregateFunctionV3  # noqa: PLC0415
        from ..models.contains_all_filter_v3 import ContainsAllFilterV3  # noqa: PLC0415
        from ..models.contains_any_filter_v3 import ContainsAnyFilterV3  # noqa: PLC0415
        from ..models.count_aggregate_function_v3 import CountAggregateFunctionV3  # noqa: PLC0415
        from ..models.data_models_bool_filter_and import DataModelsBoolFilterAnd  # noqa: PLC0415
        from ..models.data_models_bool_filter_not import DataModelsBoolFilterNot  # noqa: PLC0415
        from ..models.data_models_bool_filter_or import DataModelsBoolFilterOr  # noqa: PLC0415
        from ..models.data_models_nested_filter import DataModelsNestedFilter  # noqa: PLC0415
        from ..models.dms_exists_filter import DMSExistsFilter  # noqa: PLC0415
        from ..models.equals_filter_v3 import EqualsFilterV3  # noqa: PLC0415
        from ..models.has_existing_data_filter_v3 import HasExistingDataFilterV3  # noqa: PLC0415
        from ..models.histogram_aggregate_function_v3 import HistogramAggregateFunctionV3  # noqa: PLC0415
        from ..models.in_filter_v3 import InFilterV3  # noqa: PLC0415
        from ..models.instance_reference_filter_v3 import InstanceReferenceFilterV3  # noqa: PLC0415
        from ..models.match_all_filter import MatchAllFilter  # noqa: PLC0415
        from ..models.max_aggregate_function_v3 import MaxAggregateFunctionV3  # noqa: PLC0415
        from ..models.min_aggregate_function_v3 import MinAggregateFunctionV3  # noqa: PLC0415
        from ..models.overlaps_filter_v3 import OverlapsFilterV3  # noqa: PLC0415
        from ..models.prefix_filter_v3 import PrefixFilterV3  # noqa: PLC0415
        from ..models.range_filter_v3 import RangeFilterV3  # noqa: PLC0415
        from ..models.sum_aggregate_function_v3 import SumAggregateFunctionV3  # noqa: PLC0415

        d = dict(src_dict)
        query = d.pop("query", UNSET)

        properties = cast(list[str], d.pop("properties", UNSET))

        limit = d.pop("limit", UNSET)

        _aggregates = d.pop("aggregates", UNSET)
        aggregates: (
            list[
                AvgAggregateFunctionV3
                | CountAggregateFunctionV3
                | HistogramAggregateFunctionV3
                | MaxAggregateFunctionV3
                | MinAggregateFunctionV3
                | SumAggregateFunctionV3
            ]
            | Unset
        ) = UNSET
        if _aggregates is not UNSET:
            aggregates = []
            for aggregates_item_data in _aggregates:

                def _parse_aggregates_item(
                    data: object,
                ) -> (
                    AvgAggregateFunctionV3
                    | CountAggregateFunctionV3
                    | HistogramAggregateFunctionV3
                    | MaxAggregateFunctionV3
                    | MinAggregateFunctionV3
                    | SumAggregateFunctionV3
                ):
                    return parse_best(
                        data,
                        (
                            AvgAggregateFunctionV3,
                            CountAggregateFunctionV3,
                            MinAggregateFunctionV3,
                            MaxAggregateFunctionV3,
                            SumAggregateFunctionV3,
                            HistogramAggregateFunctionV3,
                        ),
                    )

                aggregates_item = _parse_aggregates_item(aggregates_item_data)

                aggregates.append(aggregates_item)

        group_by = cast(list[str], d.pop("groupBy", UNSET))

        def _parse_filter_(
            data: object,
        ) -> (
            ContainsAllFilterV3
            | ContainsAnyFilterV3
            | DataModelsBoolFilterAnd
            | DataModelsBoolFilterNot
            | DataModelsBoolFilterOr
            | DataModelsNestedFilter
            | DMSExistsFilter
            | EqualsFilterV3
            | HasExistingDataFilterV3
            | InFilterV3
            | InstanceReferenceFilterV3
            | MatchAllFilter
            | OverlapsFilterV3
            | PrefixFilterV3
            | RangeFilterV3
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_best(
                data,
                (
                    DataModelsBoolFilterAnd,
                    DataModelsBoolFilterOr,
                    DataModelsBoolFilterNot,
                    EqualsFilterV3,
                    InFilterV3,
                    RangeFilterV3,
                    PrefixFilterV3,
                    DMSExistsFilter,
                    ContainsAnyFilterV3,
                    ContainsAllFilterV3,
                    MatchAllFilter,
                    DataModelsNestedFilter,
                    OverlapsFilterV3,
                    HasExistingDataFilterV3,
                    InstanceReferenceFilterV3,
                ),
            )

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        _operator = d.pop("operator", UNSET)
        operator: SearchOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = SearchOperator(_operator)

        common_aggregation_request = cls(
            query=query,
            properties=properties,
            limit=limit,
            aggregates=aggregates,
            group_by=group_by,
            filter_=filter_,
            operator=operator,
        )

        common_aggregation_request.additional_properties = d
        return common_aggregation_request
