from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

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
    from ..models.asset_aggregate_properties_properties_item import AssetAggregatePropertiesPropertiesItem
    from ..models.asset_bool_filter_and import AssetBoolFilterAnd
    from ..models.asset_bool_filter_not import AssetBoolFilterNot
    from ..models.asset_bool_filter_or import AssetBoolFilterOr
    from ..models.asset_filter_filter import AssetFilterFilter
    from ..models.contains_all_filter import ContainsAllFilter
    from ..models.contains_any_filter import ContainsAnyFilter
    from ..models.equals_filter import EqualsFilter
    from ..models.exists_filter import ExistsFilter
    from ..models.generic_range_filter import GenericRangeFilter
    from ..models.in_filter import InFilter
    from ..models.prefix_filter import PrefixFilter
    from ..models.search_filter import SearchFilter


T = TypeVar("T", bound="AssetCardinalityValuesAggregate")


@_attrs_define
class AssetCardinalityValuesAggregate(AdditionalProperties):
    """
    Attributes:
        properties (list[AssetAggregatePropertiesPropertiesItem]): The property name(s) to apply the aggregation on.
            Currently limited to one property per request.
        aggregate (Literal['cardinalityValues']): Type of aggregation to apply.
            `cardinalityValues`: Get approximate number of unique values for the specified property.
        advanced_filter (AssetBoolFilterAnd | AssetBoolFilterNot | AssetBoolFilterOr | ContainsAllFilter |
            ContainsAnyFilter | EqualsFilter | ExistsFilter | GenericRangeFilter | InFilter | PrefixFilter | SearchFilter |
            Unset): A filter DSL (Domain Specific Language) to define advanced filter queries.

            See more information about filtering DSL [here](https://docs.cognite.com/dev/concepts/resource_filtering_dsl/
            "filtering DSL").

            Supported properties:

              | Property                        | Type                                    |
              |---------------------------------|-----------------------------------------|
              | `["labels"]`                    | array of [string]                       |
              | `["createdTime"]`               | number                                  |
              | `["dataSetId"]`                 | number                                  |
              | `["id"]`                        | number                                  |
              | `["lastUpdatedTime"]`           | number                                  |
              | `["parentId"]`                  | number                                  |
              | `["rootId"]`                    | number                                  |
              | `["description"]`               | string                                  |
              | `["externalId"]`                | string                                  |
              | `["metadata"]`                  | string                                  |
              | `["metadata", "someCustomKey"]` | string                                  |
              | `["name"]`                      | string                                  |
              | `["source"]`                    | string                                  |

              Note: Filtering on the `["metadata"]` property has the following logic:
              If a value of any metadata keys in an asset matches the filter, the asset matches the filter. Example: {'or':
            [{'not': {'and': [{'equals': {'property': ['metadata', 'asset_type'], 'value': 'gas pump'}}, {'in': {'property':
            ['source'], 'values': ['blueprint', 'inventory']}}, {'range': {'property': ['dataSetId'], 'gte': 1, 'lt':
            10}}]}}, {'and': [{'containsAny': {'property': ['labels'], 'values': ['pump', 'cooler']}}, {'equals':
            {'property': ['parentId'], 'value': 95867294876}}]}, {'search': {'property': ['description'], 'value': 'My
            favorite pump'}}]}.
        filter_ (AssetFilterFilter | Unset): Filter on assets with strict matching.
        aggregate_filter (AggregateInFilter | AggregatePrefixFilter | AggregateRangeFilter | AssetAggregateBoolFilterAnd
            | AssetAggregateBoolFilterNot | AssetAggregateBoolFilterOr | Unset): A filter DSL (Domain Specific Language) to
            define aggregate filter queries.

            See more information about filtering DSL [here](https://docs.cognite.com/dev/concepts/resource_filtering_dsl/
            "filtering DSL").
             Example: {'or': [{'not': {'and': [{'equals': {'value': 10}}, {'in': {'values': [11, 12]}}, {'range': {'gte':
            13, 'lt': 15}}]}}, {'and': [{'equals': {'value': 42}}]}]}.
    """

    _FIT = {
        "properties": ("l", ("m", "AssetAggregatePropertiesPropertiesItem")),
        "aggregate": ("c", "cardinalityValues"),
        "advancedFilter": (
            "u",
            (
                ("m", "AssetBoolFilterAnd"),
                ("m", "AssetBoolFilterOr"),
                ("m", "AssetBoolFilterNot"),
                ("m", "EqualsFilter"),
                ("m", "InFilter"),
                ("m", "GenericRangeFilter"),
                ("m", "PrefixFilter"),
                ("m", "ExistsFilter"),
                ("m", "ContainsAnyFilter"),
                ("m", "ContainsAllFilter"),
                ("m", "SearchFilter"),
            ),
        ),
        "filter": ("m", "AssetFilterFilter"),
        "aggregateFilter": (
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
    _REQUIRED = ("properties", "aggregate")

    properties: list[AssetAggregatePropertiesPropertiesItem]
    aggregate: Literal["cardinalityValues"]
    advanced_filter: (
        AssetBoolFilterAnd
        | AssetBoolFilterNot
        | AssetBoolFilterOr
        | ContainsAllFilter
        | ContainsAnyFilter
        | EqualsFilter
        | ExistsFilter
        | GenericRangeFilter
        | InFilter
        | PrefixFilter
        | SearchFilter
        | Unset
    ) = UNSET
    filter_: AssetFilterFilter | Unset = UNSET
    aggregate_filter: (
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
        properties = []
        for properties_item_data in self.properties:
            properties_item = properties_item_data.to_dict()
            properties.append(properties_item)

        aggregate = self.aggregate

        advanced_filter: dict[str, Any] | Unset
        if isinstance(self.advanced_filter, Unset):
            advanced_filter = UNSET
        else:
            advanced_filter = self.advanced_filter.to_dict()

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        aggregate_filter: dict[str, Any] | Unset
        if isinstance(self.aggregate_filter, Unset):
            aggregate_filter = UNSET
        else:
            aggregate_filter = self.aggregate_filter.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "properties": properties,
                "aggregate": aggregate,
            }
        )
        if advanced_filter is not UNSET:
            field_dict["advancedFilter"] = advanced_filter
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if aggregate_filter is not UNSET:
            field_dict["aggregateFilter"] = aggregate_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregate_in_filter import AggregateInFilter  # noqa: PLC0415
        from ..models.aggregate_prefix_filter import AggregatePrefixFilter  # noqa: PLC0415
        from ..models.aggregate_range_filter import AggregateRangeFilter  # noqa: PLC0415
        from ..models.asset_aggregate_bool_filter_and import AssetAggregateBoolFilterAnd  # noqa: PLC0415
        from ..models.asset_aggregate_bool_filter_not import AssetAggregateBoolFilterNot  # noqa: PLC0415
        from ..models.asset_aggregate_bool_filter_or import AssetAggregateBoolFilterOr  # noqa: PLC0415
        from ..models.asset_aggregate_properties_properties_item import AssetAggregatePropertiesPropertiesItem  # noqa: PLC0415
        from ..models.asset_bool_filter_and import AssetBoolFilterAnd  # noqa: PLC0415
        from ..models.asset_bool_filter_not import AssetBoolFilterNot  # noqa: PLC0415
        from ..models.asset_bool_filter_or import AssetBoolFilterOr  # noqa: PLC0415
        from ..models.asset_filter_filter import AssetFilterFilter  # noqa: PLC0415
        from ..models.contains_all_filter import ContainsAllFilter  # noqa: PLC0415
        from ..models.contains_any_filter import ContainsAnyFilter  # noqa: PLC0415
        from ..models.equals_filter import EqualsFilter  # noqa: PLC0415
        from ..models.exists_filter import ExistsFilter  # noqa: PLC0415
        from ..models.generic_range_filter import GenericRangeFilter  # noqa: PLC0415
        from ..models.in_filter import InFilter  # noqa: PLC0415
        from ..models.prefix_filter import PrefixFilter  # noqa: PLC0415
        from ..models.search_filter import SearchFilter  # noqa: PLC0415

        d = dict(src_dict)
        properties = []
        _properties = d.pop("properties")
        for properties_item_data in _properties:
            properties_item = AssetAggregatePropertiesPropertiesItem.from_dict(properties_item_data)

            properties.append(properties_item)

        aggregate = cast(Literal["cardinalityValues"], d.pop("aggregate"))
        if aggregate != "cardinalityValues":
            raise ValueError(f"aggregate must match const 'cardinalityValues', got '{aggregate}'")

        def _parse_advanced_filter(
            data: object,
        ) -> (
            AssetBoolFilterAnd
            | AssetBoolFilterNot
            | AssetBoolFilterOr
            | ContainsAllFilter
            | ContainsAnyFilter
            | EqualsFilter
            | ExistsFilter
            | GenericRangeFilter
            | InFilter
            | PrefixFilter
            | SearchFilter
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_best(
                data,
                (
                    AssetBoolFilterAnd,
                    AssetBoolFilterOr,
                    AssetBoolFilterNot,
                    EqualsFilter,
                    InFilter,
                    GenericRangeFilter,
                    PrefixFilter,
                    ExistsFilter,
                    ContainsAnyFilter,
                    ContainsAllFilter,
                    SearchFilter,
                ),
            )

        advanced_filter = _parse_advanced_filter(d.pop("advancedFilter", UNSET))

        _filter_ = d.pop("filter", UNSET)
        filter_: AssetFilterFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = AssetFilterFilter.from_dict(_filter_)

        def _parse_aggregate_filter(
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

        aggregate_filter = _parse_aggregate_filter(d.pop("aggregateFilter", UNSET))

        asset_cardinality_values_aggregate = cls(
            properties=properties,
            aggregate=aggregate,
            advanced_filter=advanced_filter,
            filter_=filter_,
            aggregate_filter=aggregate_filter,
        )

        asset_cardinality_values_aggregate.additional_properties = d
        return asset_cardinality_values_aggregate
