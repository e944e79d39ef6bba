from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.aggregate_in_filter import AggregateInFilter
    from ..models.aggregate_prefix_filter import AggregatePrefixFilter
    from ..models.aggregate_range_filter import AggregateRangeFilter
    from ..models.asset_aggregate_bool_filter_and import AssetAggregateBoolFilterAnd
    from ..models.asset_aggregate_bool_filter_or import AssetAggregateBoolFilterOr


T = TypeVar("T", bound="AssetAggregateBoolFilterNot")


@_attrs_define
class AssetAggregateBoolFilterNot(AdditionalProperties):
    """
    Attributes:
        not_ (AggregateInFilter | AggregatePrefixFilter | AggregateRangeFilter | AssetAggregateBoolFilterAnd |
            AssetAggregateBoolFilterNot | AssetAggregateBoolFilterOr): A filter DSL (Domain Specific Language) to define
            aggregate filter queries.

            See more information about filtering DSL [here](https://docs.cognite.com/dev/concepts/resource_filtering_dsl/
            "filtering DSL").
             Example: {'or': [{'not': {'and': [{'equals': {'value': 10}}, {'in': {'values': [11, 12]}}, {'range': {'gte':
            13, 'lt': 15}}]}}, {'and': [{'equals': {'value': 42}}]}]}.
    """

    _FIT = {
        "not": (
            "u",
            (
                ("m", "AssetAggregateBoolFilterAnd"),
                ("m", "AssetAggregateBoolFilterOr"),
                ("m", "AssetAggregateBoolFilterNot"),
                ("m", "AggregateInFilter"),
                ("m", "AggregatePrefixFilter"),
                ("m", "AggregateRangeFilter"),
            ),
        )
    }
    _REQUIRED = ("not",)

    not_: (
        AggregateInFilter
        | AggregatePrefixFilter
        | AggregateRangeFilter
        | AssetAggregateBoolFilterAnd
        | AssetAggregateBoolFilterNot
        | AssetAggregateBoolFilterOr
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        not_: dict[str, Any]
        not_ = self.not_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "not": not_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregate_in_filter import AggregateInFilter  # noqa: PLC0415
        from ..models.aggregate_prefix_filter import AggregatePrefixFilter  # noqa: PLC0415
        from ..models.aggregate_range_filter import AggregateRangeFilter  # noqa: PLC0415
        from ..models.asset_aggregate_bool_filter_and import AssetAggregateBoolFilterAnd  # noqa: PLC0415
        from ..models.asset_aggregate_bool_filter_or import AssetAggregateBoolFilterOr  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_not_(
            data: object,
        ) -> (
            AggregateInFilter
            | AggregatePrefixFilter
            | AggregateRangeFilter
            | AssetAggregateBoolFilterAnd
            | AssetAggregateBoolFilterNot
            | AssetAggregateBoolFilterOr
        ):
            return parse_best(
                data,
                (
                    AssetAggregateBoolFilterAnd,
                    AssetAggregateBoolFilterOr,
                    AssetAggregateBoolFilterNot,
                    AggregateInFilter,
                    AggregatePrefixFilter,
                    AggregateRangeFilter,
                ),
            )

        not_ = _parse_not_(d.pop("not"))

        asset_aggregate_bool_filter_not = cls(
            not_=not_,
        )

        asset_aggregate_bool_filter_not.additional_properties = d
        return asset_aggregate_bool_filter_not
