from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aggregated_property import AggregatedProperty
from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.asset_bool_filter_and import AssetBoolFilterAnd
    from ..models.asset_bool_filter_not import AssetBoolFilterNot
    from ..models.asset_bool_filter_or import AssetBoolFilterOr
    from ..models.asset_filter_filter import AssetFilterFilter
    from ..models.asset_sort_property import AssetSortProperty
    from ..models.contains_all_filter import ContainsAllFilter
    from ..models.contains_any_filter import ContainsAnyFilter
    from ..models.equals_filter import EqualsFilter
    from ..models.exists_filter import ExistsFilter
    from ..models.generic_range_filter import GenericRangeFilter
    from ..models.in_filter import InFilter
    from ..models.prefix_filter import PrefixFilter
    from ..models.search_filter import SearchFilter


T = TypeVar("T", bound="AssetListScope")


@_attrs_define
class AssetListScope(AdditionalProperties):
    """
    Attributes:
        filter_ (AssetFilterFilter | Unset): Filter on assets with strict matching.
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
        limit (int | Unset): Limits the number of results to return.
        sort (list[AssetSortProperty] | Unset): Sort by array of selected properties.
             Example: [{'property': ['createdTime'], 'order': 'desc'}, {'property': ['metadata', 'customMetadataKey'],
            'nulls': 'first'}].
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        aggregated_properties (list[AggregatedProperty] | Unset): Set of aggregated properties to include
        partition (str | Unset): Splits the data set into `N` partitions.
            The attribute is specified as a "M/N" string, where `M` is a natural number in the interval of `[1, N]`.
            You need to follow the cursors within each partition in order to receive all the data.

            The maximum number of allowed partitions (`N`) is 10.

            Cognite rejects requests if you specify more than 10 partitions.
            When Cognite enforces this behavior, the requests result in a 400 Bad Request status.
             Example: 1/3.
    """

    _FIT = {
        "filter": ("m", "AssetFilterFilter"),
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
        "limit": "i",
        "sort": ("l", ("m", "AssetSortProperty")),
        "cursor": "s",
        "aggregatedProperties": ("l", "s"),
        "partition": "s",
    }
    _REQUIRED = ()

    filter_: AssetFilterFilter | Unset = UNSET
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
    limit: int | Unset = UNSET
    sort: list[AssetSortProperty] | Unset = UNSET
    cursor: str | Unset = UNSET
    aggregated_properties: list[AggregatedProperty] | Unset = UNSET
    partition: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        advanced_filter: dict[str, Any] | Unset
        if isinstance(self.advanced_filter, Unset):
            advanced_filter = UNSET
        else:
            advanced_filter = self.advanced_filter.to_dict()

        limit = self.limit

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        cursor = self.cursor

        aggregated_properties: list[str] | Unset = UNSET
        if not isinstance(self.aggregated_properties, Unset):
            aggregated_properties = []
            for aggregated_properties_item_data in self.aggregated_properties:
                aggregated_properties_item = aggregated_properties_item_data.value
                aggregated_properties.append(aggregated_properties_item)

        partition = self.partition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if advanced_filter is not UNSET:
            field_dict["advancedFilter"] = advanced_filter
        if limit is not UNSET:
            field_dict["limit"] = limit
        if sort is not UNSET:
            field_dict["sort"] = sort
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if aggregated_properties is not UNSET:
            field_dict["aggregatedProperties"] = aggregated_properties
        if partition is not UNSET:
            field_dict["partition"] = partition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_bool_filter_and import AssetBoolFilterAnd  # noqa: PLC0415
        from ..models.asset_bool_filter_not import AssetBoolFilterNot  # noqa: PLC0415
        from ..models.asset_bool_filter_or import AssetBoolFilterOr  # noqa: PLC0415
        from ..models.asset_filter_filter import AssetFilterFilter  # noqa: PLC0415
        from ..models.asset_sort_property import AssetSortProperty  # noqa: PLC0415
        from ..models.contains_all_filter import ContainsAllFilter  # noqa: PLC0415
        from ..models.contains_any_filter import ContainsAnyFilter  # noqa: PLC0415
        from ..models.equals_filter import EqualsFilter  # noqa: PLC0415
        from ..models.exists_filter import ExistsFilter  # noqa: PLC0415
        from ..models.generic_range_filter import GenericRangeFilter  # noqa: PLC0415
        from ..models.in_filter import InFilter  # noqa: PLC0415
        from ..models.prefix_filter import PrefixFilter  # noqa: PLC0415
        from ..models.search_filter import SearchFilter  # noqa: PLC0415

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: AssetFilterFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = AssetFilterFilter.from_dict(_filter_)

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

        limit = d.pop("limit", UNSET)

        _sort = d.pop("sort", UNSET)
        sort: list[AssetSortProperty] | Unset = UNSET
        if _sort is not UNSET:
            sort = []
            for sort_item_data in _sort:
                sort_item = AssetSortProperty.from_dict(sort_item_data)

                sort.append(sort_item)

        cursor = d.pop("cursor", UNSET)

        _aggregated_properties = d.pop("aggregatedProperties", UNSET)
        aggregated_properties: list[AggregatedProperty] | Unset = UNSET
        if _aggregated_properties is not UNSET:
            aggregated_properties = []
            for aggregated_properties_item_data in _aggregated_properties:
                aggregated_properties_item = AggregatedProperty(aggregated_properties_item_data)

                aggregated_properties.append(aggregated_properties_item)

        partition = d.pop("partition", UNSET)

        asset_list_scope = cls(
            filter_=filter_,
            advanced_filter=advanced_filter,
            limit=limit,
            sort=sort,
            cursor=cursor,
            aggregated_properties=aggregated_properties,
            partition=partition,
        )

        asset_list_scope.additional_properties = d
        return asset_list_scope
