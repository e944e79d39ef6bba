from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.query_edge_table_expression_v3 import QueryEdgeTableExpressionV3
    from ..models.query_intersection_table_expression_v3 import QueryIntersectionTableExpressionV3
    from ..models.query_node_table_expression_v3 import QueryNodeTableExpressionV3
    from ..models.query_union_all_table_expression_v3 import QueryUnionAllTableExpressionV3
    from ..models.query_union_table_expression_v3 import QueryUnionTableExpressionV3


T = TypeVar("T", bound="QueryRequestWith")


@_attrs_define
class QueryRequestWith(AdditionalProperties):
    _FIT = {}
    _REQUIRED = ()

    additional_properties: dict[
        str,
        QueryEdgeTableExpressionV3
        | QueryIntersectionTableExpressionV3
        | QueryNodeTableExpressionV3
        | QueryUnionAllTableExpressionV3
        | QueryUnionTableExpressionV3,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.query_edge_table_expression_v3 import QueryEdgeTableExpressionV3  # noqa: PLC0415
        from ..models.query_intersection_table_expression_v3 import QueryIntersectionTableExpressionV3  # noqa: PLC0415
        from ..models.query_node_table_expression_v3 import QueryNodeTableExpressionV3  # noqa: PLC0415
        from ..models.query_union_all_table_expression_v3 import QueryUnionAllTableExpressionV3  # noqa: PLC0415
        from ..models.query_union_table_expression_v3 import QueryUnionTableExpressionV3  # noqa: PLC0415

        d = dict(src_dict)
        query_request_with = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                QueryEdgeTableExpressionV3
                | QueryIntersectionTableExpressionV3
                | QueryNodeTableExpressionV3
                | QueryUnionAllTableExpressionV3
                | QueryUnionTableExpressionV3
            ):
                return parse_best(
                    data,
                    (
                        QueryNodeTableExpressionV3,
                        QueryEdgeTableExpressionV3,
                        QueryUnionAllTableExpressionV3,
                        QueryUnionTableExpressionV3,
                        QueryIntersectionTableExpressionV3,
                    ),
                )

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        query_request_with.additional_properties = additional_properties
        return query_request_with
