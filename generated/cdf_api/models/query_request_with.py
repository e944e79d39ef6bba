from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import best_first

if TYPE_CHECKING:
    from ..models.query_edge_table_expression_v3 import QueryEdgeTableExpressionV3
    from ..models.query_intersection_table_expression_v3 import QueryIntersectionTableExpressionV3
    from ..models.query_node_table_expression_v3 import QueryNodeTableExpressionV3
    from ..models.query_union_all_table_expression_v3 import QueryUnionAllTableExpressionV3
    from ..models.query_union_table_expression_v3 import QueryUnionTableExpressionV3


T = TypeVar("T", bound="QueryRequestWith")


@_attrs_define
class QueryRequestWith:
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
        from ..models.query_edge_table_expression_v3 import QueryEdgeTableExpressionV3  # noqa: PLC0415
        from ..models.query_node_table_expression_v3 import QueryNodeTableExpressionV3  # noqa: PLC0415
        from ..models.query_union_all_table_expression_v3 import QueryUnionAllTableExpressionV3  # noqa: PLC0415
        from ..models.query_union_table_expression_v3 import QueryUnionTableExpressionV3  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, QueryNodeTableExpressionV3):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, QueryEdgeTableExpressionV3):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, QueryUnionAllTableExpressionV3):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, QueryUnionTableExpressionV3):
                field_dict[prop_name] = prop.to_dict()
            else:
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
                if isinstance(data, dict):
                    _ranked = best_first(
                        data,
                        (
                            QueryNodeTableExpressionV3,
                            QueryEdgeTableExpressionV3,
                            QueryUnionAllTableExpressionV3,
                            QueryUnionTableExpressionV3,
                            QueryIntersectionTableExpressionV3,
                        ),
                    )
                    for _cls in _ranked[:-1]:
                        try:
                            return _cls.from_dict(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    return _ranked[-1].from_dict(data)
                raise TypeError(f"expected an object, got {type(data).__name__}")

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        query_request_with.additional_properties = additional_properties
        return query_request_with

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        QueryEdgeTableExpressionV3
        | QueryIntersectionTableExpressionV3
        | QueryNodeTableExpressionV3
        | QueryUnionAllTableExpressionV3
        | QueryUnionTableExpressionV3
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: QueryEdgeTableExpressionV3
        | QueryIntersectionTableExpressionV3
        | QueryNodeTableExpressionV3
        | QueryUnionAllTableExpressionV3
        | QueryUnionTableExpressionV3,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
