from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.data_models_nested_filter import DataModelsNestedFilter
    from ..models.dms_exists_filter import DMSExistsFilter
    from ..models.has_existing_data_filter_v3 import HasExistingDataFilterV3
    from ..models.instance_reference_filter_v3 import InstanceReferenceFilterV3
    from ..models.match_all_filter import MatchAllFilter
    from ..models.table_expression_contains_all_filter_v3 import TableExpressionContainsAllFilterV3
    from ..models.table_expression_contains_any_filter_v3 import TableExpressionContainsAnyFilterV3
    from ..models.table_expression_data_models_bool_filter_not import TableExpressionDataModelsBoolFilterNot
    from ..models.table_expression_data_models_bool_filter_or import TableExpressionDataModelsBoolFilterOr
    from ..models.table_expression_equals_filter_v3 import TableExpressionEqualsFilterV3
    from ..models.table_expression_in_filter_v3 import TableExpressionInFilterV3
    from ..models.table_expression_overlaps_filter_v3 import TableExpressionOverlapsFilterV3
    from ..models.table_expression_prefix_filter_v3 import TableExpressionPrefixFilterV3
    from ..models.table_expression_range_filter_v3 import TableExpressionRangeFilterV3


T = TypeVar("T", bound="TableExpressionDataModelsBoolFilterAnd")


@_attrs_define
class TableExpressionDataModelsBoolFilterAnd(AdditionalProperties):
    """
    Attributes:
        and_ (list[DataModelsNestedFilter | DMSExistsFilter | HasExistingDataFilterV3 | InstanceReferenceFilterV3 |
            MatchAllFilter | TableExpressionContainsAllFilterV3 | TableExpressionContainsAnyFilterV3 |
            TableExpressionDataModelsBoolFilterAnd | TableExpressionDataModelsBoolFilterNot |
            TableExpressionDataModelsBoolFilterOr | TableExpressionEqualsFilterV3 | TableExpressionInFilterV3 |
            TableExpressionOverlapsFilterV3 | TableExpressionPrefixFilterV3 | TableExpressionRangeFilterV3]): All the sub-
            clauses in the query must return a matching item.
    """

    _FIT = {
        "and": (
            "l",
            (
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
        )
    }
    _REQUIRED = ("and",)

    and_: list[
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
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        and_ = []
        for and_item_data in self.and_:
            and_item: dict[str, Any]
            and_item = and_item_data.to_dict()

            and_.append(and_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "and": and_,
            }
        )

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
        from ..models.table_expression_data_models_bool_filter_not import TableExpressionDataModelsBoolFilterNot  # noqa: PLC0415
        from ..models.table_expression_data_models_bool_filter_or import TableExpressionDataModelsBoolFilterOr  # noqa: PLC0415
        from ..models.table_expression_equals_filter_v3 import TableExpressionEqualsFilterV3  # noqa: PLC0415
        from ..models.table_expression_in_filter_v3 import TableExpressionInFilterV3  # noqa: PLC0415
        from ..models.table_expression_overlaps_filter_v3 import TableExpressionOverlapsFilterV3  # noqa: PLC0415
        from ..models.table_expression_prefix_filter_v3 import TableExpressionPrefixFilterV3  # noqa: PLC0415
        from ..models.table_expression_range_filter_v3 import TableExpressionRangeFilterV3  # noqa: PLC0415

        d = dict(src_dict)
        and_ = []
        _and_ = d.pop("and")
        for and_item_data in _and_:

            def _parse_and_item(
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
            ):
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

            and_item = _parse_and_item(and_item_data)

            and_.append(and_item)

        table_expression_data_models_bool_filter_and = cls(
            and_=and_,
        )

        table_expression_data_models_bool_filter_and.additional_properties = d
        return table_expression_data_models_bool_filter_and
