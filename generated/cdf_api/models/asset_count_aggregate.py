from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
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


T = TypeVar("T", bound="AssetCountAggregate")


@_attrs_define
class AssetCountAggregate(AdditionalProperties):
    """
    Attributes:
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
        aggregate (Literal['count'] | Unset): Type of aggregation to apply.
            `count`: Get approximate number of Assets matching the filters.
    """

    _FIT = {
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
        "aggregate": ("c", "count"),
    }
    _REQUIRED = ()

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
    aggregate: Literal["count"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        advanced_filter: dict[str, Any] | Unset
        if isinstance(self.advanced_filter, Unset):
            advanced_filter = UNSET
        else:
            advanced_filter = self.advanced_filter.to_dict()

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        aggregate = self.aggregate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if advanced_filter is not UNSET:
            field_dict["advancedFilter"] = advanced_filter
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if aggregate is not UNSET:
            field_dict["aggregate"] = aggregate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        aggregate = cast(Literal["count"] | Unset, d.pop("aggregate", UNSET))
        if aggregate != "count" and not isinstance(aggregate, Unset):
            raise ValueError(f"aggregate must match const 'count', got '{aggregate}'")

        asset_count_aggregate = cls(
            advanced_filter=advanced_filter,
            filter_=filter_,
            aggregate=aggregate,
        )

        asset_count_aggregate.additional_properties = d
        return asset_count_aggregate
