from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.aggregate_in_filter import AggregateInFilter
    from ..models.aggregate_prefix_filter import AggregatePrefixFilter
    from ..models.aggregate_range_filter import AggregateRangeFilter
    from ..models.asset_aggregate_bool_filter_and import AssetAggregateBoolFilterAnd
    from ..models.asset_aggregate_bool_filter_not import AssetAggregateBoolFilterNot
    from ..models.asset_aggregate_bool_filter_or import AssetAggregateBoolFilterOr


T = TypeVar("T", bound="AssetAggregatePropertiesPropertiesItem")


@_attrs_define
class AssetAggregatePropertiesPropertiesItem(AdditionalProperties):
    """ 
        Attributes:
            property_ (list[str]): It's an array of strings to allow specifying nested properties.
                  Supported properties:\\
                  | Property                        | Type                         |
                  |---------------------------------|------------------------------|
                  | `["dataSetId"]`                 | number                       |
                  | `["description"]`               | string                       |
                  | `["labels"]`                    | array of [string]            |
                  | `["name"]`                      | string                       |
                  | `["parentId"]`                  | number                       |
                  | `["rootId"]`                    | number                       |
                  | `["source"]`                    | string                       |
                  | `["metadata"]`                  | string                       |
                  | `["metadata", <key>]`           | string                       | Example: ['parentId'].
            filter_ (AggregateInFilter | AggregatePrefixFilter | AggregateRangeFilter | AssetAggregateBoolFilterAnd |
                AssetAggregateBoolFilterNot | AssetAggregateBoolFilterOr | Unset): A filter DSL (Domain Specific Language) to
                define aggregate filter queries.

                See more information about filtering DSL [here](https://docs.cognite.com/dev/concepts/resource_filtering_dsl/
                "filtering DSL").
                 Example: {'or': [{'not': {'and': [{'equals': {'value': 10}}, {'in': {'values': [11, 12]}}, {'range': {'gte':
                13, 'lt': 15}}]}}, {'and': [{'equals': {'value': 42}}]}]}.
     """

    _FIT = {
        "property": ("l", "s"),
        "filter": (
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
    }
    _REQUIRED = ("property",)

    property_: list[str]
    filter_: (
        AggregateInFilter
        | AggregatePrefixFilter
        | AggregateRangeFilter
        | AssetAggregateBoolFilterAnd
        | AssetAggregateBoolFilterNot
        | AssetAggregateBoolFilterOr
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        filter_: dict[str, Any] | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregate_in_filter import AggregateInFilter  # noqa: PLC0415
        from ..models.aggregate_prefix_filter import AggregatePrefixFilter  # noqa: PLC0415
        from ..models.aggregate_range_filter import AggregateRangeFilter  # noqa: PLC0415
        from ..models.asset_aggregate_bool_filter_and import AssetAggregateBoolFilterAnd  # noqa: PLC0415
        from ..models.asset_aggregate_bool_filter_not import AssetAggregateBoolFilterNot  # noqa: PLC0415
        from ..models.asset_aggregate_bool_filter_or import AssetAggregateBoolFilterOr  # noqa: PLC0415

        d = dict(src_dict)
        property_ = cast(list[str], d.pop("property"))

        def _parse_filter_(
            data: object,
        ) -> (
            AggregateInFilter
            | AggregatePrefixFilter
            | AggregateRangeFilter
            | AssetAggregateBoolFilterAnd
            | AssetAggregateBoolFilterNot
            | AssetAggregateBoolFilterOr
            | Unset
        ):
            if isinstance(data, Unset):
                return data
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

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        asset_aggregate_properties_properties_item = cls(
            property_=property_,
            filter_=filter_,
        )

        asset_aggregate_properties_properties_item.additional_properties = d
        return asset_aggregate_properties_properties_item
