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
    from ..models.asset_aggregate_bool_filter_not import AssetAggregateBoolFilterNot
    from ..models.asset_aggregate_bool_filter_or import AssetAggregateBoolFilterOr


T = TypeVar("T", bound="AssetAggregateBoolFilterAnd")


@_attrs_define
class AssetAggregateBoolFilterAnd(AdditionalProperties):
    """
    Attributes:
        and_ (list[AggregateInFilter | AggregatePrefixFilter | AggregateRangeFilter | AssetAggregateBoolFilterAnd |
            AssetAggregateBoolFilterNot | AssetAggregateBoolFilterOr]): All of the sub-clauses in the query must appear in
            matching items.
    """

    _FIT = {
        "and": (
            "l",
            (
                "u",
                (
                    ("m", "AssetAggregateBoolFilterAnd"),
                    ("m", "AssetAggregateBoolFilterOr"),
                    ("m", "AssetAggregateBoolFilterNot"),
                    ("m", "AggregateInFilter"),
                    ("m", "AggregatePrefixFilter"),
                    ("m", "AggregateRangeFilter"),
                ),
            ),
        )
    }
    _REQUIRED = ("and",)

    and_: list[
        AggregateInFilter
        | AggregatePrefixFilter
        | AggregateRangeFilter
        | AssetAggregateBoolFilterAnd
        | AssetAggregateBoolFilterNot
        | AssetAggregateBoolFilterOr
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
        from ..models.aggregate_in_filter import AggregateInFilter  # noqa: PLC0415
        from ..models.aggregate_prefix_filter import AggregatePrefixFilter  # noqa: PLC0415
        from ..models.aggregate_range_filter import AggregateRangeFilter  # noqa: PLC0415
        from ..models.asset_aggregate_bool_filter_not import AssetAggregateBoolFilterNot  # noqa: PLC0415
        from ..models.asset_aggregate_bool_filter_or import AssetAggregateBoolFilterOr  # noqa: PLC0415

        d = dict(src_dict)
        and_ = []
        _and_ = d.pop("and")
        for and_item_data in _and_:

            def _parse_and_item(
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

            and_item = _parse_and_item(and_item_data)

            and_.append(and_item)

        asset_aggregate_bool_filter_and = cls(
            and_=and_,
        )

        asset_aggregate_bool_filter_and.additional_properties = d
        return asset_aggregate_bool_filter_and
