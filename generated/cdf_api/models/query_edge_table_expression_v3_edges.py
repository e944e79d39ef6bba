from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.query_edge_table_expression_v3_edges_direction import QueryEdgeTableExpressionV3EdgesDirection
from ..models.table_expression_chain_to_definition import TableExpressionChainToDefinition
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.data_models_nested_filter import DataModelsNestedFilter
    from ..models.dms_exists_filter import DMSExistsFilter
    from ..models.has_existing_data_filter_v3 import HasExistingDataFilterV3
    from ..models.instance_reference_filter_v3 import InstanceReferenceFilterV3
    from ..models.match_all_filter import MatchAllFilter
    from ..models.table_expression_contains_all_filter_v3 import TableExpressionContainsAllFilterV3
    from ..models.table_expression_contains_any_filter_v3 import TableExpressionContainsAnyFilterV3
    from ..models.table_expression_data_models_bool_filter_and import TableExpressionDataModelsBoolFilterAnd
    from ..models.table_expression_data_models_bool_filter_not import TableExpressionDataModelsBoolFilterNot
    from ..models.table_expression_data_models_bool_filter_or import TableExpressionDataModelsBoolFilterOr
    from ..models.table_expression_equals_filter_v3 import TableExpressionEqualsFilterV3
    from ..models.table_expression_in_filter_v3 import TableExpressionInFilterV3
    from ..models.table_expression_overlaps_filter_v3 import TableExpressionOverlapsFilterV3
    from ..models.table_expression_prefix_filter_v3 import TableExpressionPrefixFilterV3
    from ..models.table_expression_range_filter_v3 import TableExpressionRangeFilterV3


T = TypeVar("T", bound="QueryEdgeTableExpressionV3Edges")


@_attrs_define
class QueryEdgeTableExpressionV3Edges(AdditionalProperties):
    """
    Attributes:
        from_ (str | Unset): The name of a result expression to chain from.
        chain_to (TableExpressionChainToDefinition | Unset): Default: `"destination"`. Applicable when `from` is an edge
            result expression. Control which side of the edges in `from` to chain to. The behavior depends on the
            `direction` setting in the `from` result expression:
              - If `from` follows edges outwards, `direction="outwards"` (default), then `"source"` selects `startNode` and
            `"destination"` selects `endNode`.
              - If `from` follows edges inwards, `direction="inwards"`, then `"source"` selects `endNode` and
            `"destination"` selects `startNode`.
        max_distance (int | Unset): The largest - max - number of levels to traverse.
        direction (QueryEdgeTableExpressionV3EdgesDirection | Unset): The direction to use when traversing.
        filter_ (DataModelsNestedFilter | DMSExistsFilter | HasExistingDataFilterV3 | InstanceReferenceFilterV3 |
            MatchAllFilter | TableExpressionContainsAllFilterV3 | TableExpressionContainsAnyFilterV3 |
            TableExpressionDataModelsBoolFilterAnd | TableExpressionDataModelsBoolFilterNot |
            TableExpressionDataModelsBoolFilterOr | TableExpressionEqualsFilterV3 | TableExpressionInFilterV3 |
            TableExpressionOverlapsFilterV3 | TableExpressionPrefixFilterV3 | TableExpressionRangeFilterV3 | Unset): A
            filter Domain Specific Language (DSL) used to create advanced filter queries. Example: {'and': [{'in':
            {'property': ['tag'], 'values': [10011, 10011]}}, {'range': {'property': ['weight'], 'gte': 0}}]}.
        node_filter (DataModelsNestedFilter | DMSExistsFilter | HasExistingDataFilterV3 | InstanceReferenceFilterV3 |
            MatchAllFilter | TableExpressionContainsAllFilterV3 | TableExpressionContainsAnyFilterV3 |
            TableExpressionDataModelsBoolFilterAnd | TableExpressionDataModelsBoolFilterNot |
            TableExpressionDataModelsBoolFilterOr | TableExpressionEqualsFilterV3 | TableExpressionInFilterV3 |
            TableExpressionOverlapsFilterV3 | TableExpressionPrefixFilterV3 | TableExpressionRangeFilterV3 | Unset): A
            filter Domain Specific Language (DSL) used to create advanced filter queries. Example: {'and': [{'in':
            {'property': ['tag'], 'values': [10011, 10011]}}, {'range': {'property': ['weight'], 'gte': 0}}]}.
        termination_filter (DataModelsNestedFilter | DMSExistsFilter | HasExistingDataFilterV3 |
            InstanceReferenceFilterV3 | MatchAllFilter | TableExpressionContainsAllFilterV3 |
            TableExpressionContainsAnyFilterV3 | TableExpressionDataModelsBoolFilterAnd |
            TableExpressionDataModelsBoolFilterNot | TableExpressionDataModelsBoolFilterOr | TableExpressionEqualsFilterV3 |
            TableExpressionInFilterV3 | TableExpressionOverlapsFilterV3 | TableExpressionPrefixFilterV3 |
            TableExpressionRangeFilterV3 | Unset): A filter Domain Specific Language (DSL) used to create advanced filter
            queries. Example: {'and': [{'in': {'property': ['tag'], 'values': [10011, 10011]}}, {'range': {'property':
            ['weight'], 'gte': 0}}]}.
        limit_each (int | Unset): Limit the number of returned edges for each of the source nodes in the result set.
            The indicated uniform limit applies to the result set from the referenced `from`.  `limitEach` only has meaning
            when you also specify `maxDistance=1` and `from`.
    """

    _FIT = {
        "from": "s",
        "chainTo": "s",
        "maxDistance": "i",
        "direction": "s",
        "filter": (
            "u",
            (
                ("m", "TableExpressionDataModelsBoolFilterAnd"),
                ("m", "TableExpressionDataModelsBoolFilterOr"),
                ("m", "TableExpressionDataModelsBoolFilterNot"),
                ("m", "TableExpressionEqualsFilterV3"),
                ("m", "TableExpressionInFilterV3"),
                ("m", "TableExpressionRangeFilterV3"),
                ("m", "TableExpressionPrefixFilterV3"),
                ("m", "DMSExistsFilter"),
                ("m", "TableExpressionContainsAnyFilterV3"),
                ("m", "TableExpressionContainsAllFilterV3"),
                ("m", "MatchAllFilter"),
                ("m", "DataModelsNestedFilter"),
                ("m", "TableExpressionOverlapsFilterV3"),
                ("m", "HasExistingDataFilterV3"),
                ("m", "InstanceReferenceFilterV3"),
            ),
        ),
        "nodeFilter": (
            "u",
            (
                ("m", "TableExpressionDataModelsBoolFilterAnd"),
                ("m", "TableExpressionDataModelsBoolFilterOr"),
                ("m", "TableExpressionDataModelsBoolFilterNot"),
                ("m", "TableExpressionEqualsFilterV3"),
                ("m", "TableExpressionInFilterV3"),
                ("m", "TableExpressionRangeFilterV3"),
                ("m", "TableExpressionPrefixFilterV3"),
                ("m", "DMSExistsFilter"),
                ("m", "TableExpressionContainsAnyFilterV3"),
                ("m", "TableExpressionContainsAllFilterV3"),
                ("m", "MatchAllFilter"),
                ("m", "DataModelsNestedFilter"),
                ("m", "TableExpressionOverlapsFilterV3"),
                ("m", "HasExistingDataFilterV3"),
                ("m", "InstanceReferenceFilterV3"),
            ),
        ),
        "terminationFilter": (
            "u",
            (
                ("m", "TableExpressionDataModelsBoolFilterAnd"),
                ("m", "TableExpressionDataModelsBoolFilterOr"),
                ("m", "TableExpressionDataModelsBoolFilterNot"),
                ("m", "TableExpressionEqualsFilterV3"),
                ("m", "TableExpressionInFilterV3"),
                ("m", "TableExpressionRangeFilterV3"),
                ("m", "TableExpressionPrefixFilterV3"),
                ("m", "DMSExistsFilter"),
                ("m", "TableExpressionContainsAnyFilterV3"),
                ("m", "TableExpressionContainsAllFilterV3"),
                ("m", "MatchAllFilter"),
                ("m", "DataModelsNestedFilter"),
                ("m", "TableExpressionOverlapsFilterV3"),
                ("m", "HasExistingDataFilterV3"),
                ("m", "InstanceReferenceFilterV3"),
            ),
        ),
        "limitEach": "i",
    }
    _REQUIRED = ()

    from_: str | Unset = UNSET
    chain_to: TableExpressionChainToDefinition | Unset = UNSET
    max_distance: int | Unset = UNSET
    direction: QueryEdgeTableExpressionV3EdgesDirection | Unset = UNSET
    filter_: (
        DataModelsNestedFilter
        | DMSExistsFilter
        | HasExistingDataFilterV3
        | InstanceReferenceFilterV3
        | MatchAllFilter
        | TableExpressionContainsAllFilterV3
        | TableExpressionContainsAnyFilterV3
        | TableExpressionDataModelsBoolFilterAnd
        | TableExpressionDataModelsBoolFilterNot
        | TableExpressionDataModelsBoolFilterOr
        | TableExpressionEqualsFilterV3
        | TableExpressionInFilterV3
        | TableExpressionOverlapsFilterV3
        | TableExpressionPrefixFilterV3
        | TableExpressionRangeFilterV3
        | Unset
    ) = UNSET
    node_filter: (
        DataModelsNestedFilter
        | DMSExistsFilter
        | HasExistingDataFilterV3
        | InstanceReferenceFilterV3
        | MatchAllFilter
        | TableExpressionContainsAllFilterV3
        | TableExpressionContainsAnyFilterV3
        | TableExpressionDataModelsBoolFilterAnd
        | TableExpressionDataModelsBoolFilterNot
        | TableExpressionDataModelsBoolFilterOr
        | TableExpressionEqualsFilterV3
        | TableExpressionInFilterV3
        | TableExpressionOverlapsFilterV3
        | TableExpressionPrefixFilterV3
        | TableExpressionRangeFilterV3
        | Unset
    ) = UNSET
    termination_filter: (
        DataModelsNestedFilter
        | DMSExistsFilter
        | HasExistingDataFilterV3
        | InstanceReferenceFilterV3
        | MatchAllFilter
        | TableExpressionContainsAllFilterV3
        | TableExpressionContainsAnyFilterV3
        | TableExpressionDataModelsBoolFilterAnd
        | TableExpressionDataModelsBoolFilterNot
        | TableExpressionDataModelsBoolFilterOr
        | TableExpressionEqualsFilterV3
        | TableExpressionInFilterV3
        | TableExpressionOverlapsFilterV3
        | TableExpressionPrefixFilterV3
        | TableExpressionRangeFilterV3
        | Unset
    ) = UNSET
    limit_each: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        chain_to: str | Unset = UNSET
        if not isinstance(self.chain_to, Unset):
            chain_to = self.chain_to.value

        max_distance = self.max_distance

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        filter_: dict[str, Any] | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_.to_dict()

        node_filter: dict[str, Any] | Unset
        if isinstance(self.node_filter, Unset):
            node_filter = UNSET
        else:
            node_filter = self.node_filter.to_dict()

        termination_filter: dict[str, Any] | Unset
        if isinstance(self.termination_filter, Unset):
            termination_filter = UNSET
        else:
            termination_filter = self.termination_filter.to_dict()

        limit_each = self.limit_each

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if chain_to is not UNSET:
            field_dict["chainTo"] = chain_to
        if max_distance is not UNSET:
            field_dict["maxDistance"] = max_distance
        if direction is not UNSET:
            field_dict["direction"] = direction
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if node_filter is not UNSET:
            field_dict["nodeFilter"] = node_filter
        if termination_filter is not UNSET:
            field_dict["terminationFilter"] = termination_filter
        if limit_each is not UNSET:
            field_dict["limitEach"] = limit_each

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_models_nested_filter import DataModelsNestedFilter  # noqa: PLC0415
        from ..models.dms_exists_filter import DMSExistsFilter  # noqa: PLC0415
        from ..models.has_existing_data_filter_v3 import HasExistingDataFilterV3  # noqa: PLC0415
        from ..models.instance_reference_filter_v3 import InstanceReferenceFilterV3  # noqa: PLC0415
        from ..models.match_all_filter import MatchAllFilter  # noqa: PLC0415
        from ..models.table_expression_contains_all_filter_v3 import TableExpressionContainsAllFilterV3  # noqa: PLC0415
        from ..models.table_expression_contains_any_filter_v3 import TableExpressionContainsAnyFilterV3  # noqa: PLC0415
        from ..models.table_expression_data_models_bool_filter_and import TableExpressionDataModelsBoolFilterAnd  # noqa: PLC0415
        from ..models.table_expression_data_models_bool_filter_not import TableExpressionDataModelsBoolFilterNot  # noqa: PLC0415
        from ..models.table_expression_data_models_bool_filter_or import TableExpressionDataModelsBoolFilterOr  # noqa: PLC0415
        from ..models.table_expression_equals_filter_v3 import TableExpressionEqualsFilterV3  # noqa: PLC0415
        from ..models.table_expression_in_filter_v3 import TableExpressionInFilterV3  # noqa: PLC0415
        from ..models.table_expression_overlaps_filter_v3 import TableExpressionOverlapsFilterV3  # noqa: PLC0415
        from ..models.table_expression_prefix_filter_v3 import TableExpressionPrefixFilterV3  # noqa: PLC0415
        from ..models.table_expression_range_filter_v3 import TableExpressionRangeFilterV3  # noqa: PLC0415

        d = dict(src_dict)
        from_ = d.pop("from", UNSET)

        _chain_to = d.pop("chainTo", UNSET)
        chain_to: TableExpressionChainToDefinition | Unset
        if isinstance(_chain_to, Unset):
            chain_to = UNSET
        else:
            chain_to = TableExpressionChainToDefinition(_chain_to)

        max_distance = d.pop("maxDistance", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: QueryEdgeTableExpressionV3EdgesDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = QueryEdgeTableExpressionV3EdgesDirection(_direction)

        def _parse_filter_(
            data: object,
        ) -> (
            DataModelsNestedFilter
            | DMSExistsFilter
            | HasExistingDataFilterV3
            | InstanceReferenceFilterV3
            | MatchAllFilter
            | TableExpressionContainsAllFilterV3
            | TableExpressionContainsAnyFilterV3
            | TableExpressionDataModelsBoolFilterAnd
            | TableExpressionDataModelsBoolFilterNot
            | TableExpressionDataModelsBoolFilterOr
            | TableExpressionEqualsFilterV3
            | TableExpressionInFilterV3
            | TableExpressionOverlapsFilterV3
            | TableExpressionPrefixFilterV3
            | TableExpressionRangeFilterV3
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_best(
                data,
                (
                    TableExpressionDataModelsBoolFilterAnd,
                    TableExpressionDataModelsBoolFilterOr,
                    TableExpressionDataModelsBoolFilterNot,
                    TableExpressionEqualsFilterV3,
                    TableExpressionInFilterV3,
                    TableExpressionRangeFilterV3,
                    TableExpressionPrefixFilterV3,
                    DMSExistsFilter,
                    TableExpressionContainsAnyFilterV3,
                    TableExpressionContainsAllFilterV3,
                    MatchAllFilter,
                    DataModelsNestedFilter,
                    TableExpressionOverlapsFilterV3,
                    HasExistingDataFilterV3,
                    InstanceReferenceFilterV3,
                ),
            )

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        def _parse_node_filter(
            data: object,
        ) -> (
            DataModelsNestedFilter
            | DMSExistsFilter
            | HasExistingDataFilterV3
            | InstanceReferenceFilterV3
            | MatchAllFilter
            | TableExpressionContainsAllFilterV3
            | TableExpressionContainsAnyFilterV3
            | TableExpressionDataModelsBoolFilterAnd
            | TableExpressionDataModelsBoolFilterNot
            | TableExpressionDataModelsBoolFilterOr
            | TableExpressionEqualsFilterV3
            | TableExpressionInFilterV3
            | TableExpressionOverlapsFilterV3
            | TableExpressionPrefixFilterV3
            | TableExpressionRangeFilterV3
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_best(
                data,
                (
                    TableExpressionDataModelsBoolFilterAnd,
                    TableExpressionDataModelsBoolFilterOr,
                    TableExpressionDataModelsBoolFilterNot,
                    TableExpressionEqualsFilterV3,
                    TableExpressionInFilterV3,
                    TableExpressionRangeFilterV3,
                    TableExpressionPrefixFilterV3,
                    DMSExistsFilter,
                    TableExpressionContainsAnyFilterV3,
                    TableExpressionContainsAllFilterV3,
                    MatchAllFilter,
                    DataModelsNestedFilter,
                    TableExpressionOverlapsFilterV3,
                    HasExistingDataFilterV3,
                    InstanceReferenceFilterV3,
                ),
            )

        node_filter = _parse_node_filter(d.pop("nodeFilter", UNSET))

        def _parse_termination_filter(
            data: object,
        ) -> (
            DataModelsNestedFilter
            | DMSExistsFilter
            | HasExistingDataFilterV3
            | InstanceReferenceFilterV3
            | MatchAllFilter
            | TableExpressionContainsAllFilterV3
            | TableExpressionContainsAnyFilterV3
            | TableExpressionDataModelsBoolFilterAnd
            | TableExpressionDataModelsBoolFilterNot
            | TableExpressionDataModelsBoolFilterOr
            | TableExpressionEqualsFilterV3
            | TableExpressionInFilterV3
            | TableExpressionOverlapsFilterV3
            | TableExpressionPrefixFilterV3
            | TableExpressionRangeFilterV3
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_best(
                data,
                (
                    TableExpressionDataModelsBoolFilterAnd,
                    TableExpressionDataModelsBoolFilterOr,
                    TableExpressionDataModelsBoolFilterNot,
                    TableExpressionEqualsFilterV3,
                    TableExpressionInFilterV3,
                    TableExpressionRangeFilterV3,
                    TableExpressionPrefixFilterV3,
                    DMSExistsFilter,
                    TableExpressionContainsAnyFilterV3,
                    TableExpressionContainsAllFilterV3,
                    MatchAllFilter,
                    DataModelsNestedFilter,
                    TableExpressionOverlapsFilterV3,
                    HasExistingDataFilterV3,
                    InstanceReferenceFilterV3,
                ),
            )

        termination_filter = _parse_termination_filter(d.pop("terminationFilter", UNSET))

        limit_each = d.pop("limitEach", UNSET)

        query_edge_table_expression_v3_edges = cls(
            from_=from_,
            chain_to=chain_to,
            max_distance=max_distance,
            direction=direction,
            filter_=filter_,
            node_filter=node_filter,
            termination_filter=termination_filter,
            limit_each=limit_each,
        )

        query_edge_table_expression_v3_edges.additional_properties = d
        return query_edge_table_expression_v3_edges
