from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.asset_bool_filter_and import AssetBoolFilterAnd
    from ..models.asset_bool_filter_or import AssetBoolFilterOr
    from ..models.contains_all_filter import ContainsAllFilter
    from ..models.contains_any_filter import ContainsAnyFilter
    from ..models.equals_filter import EqualsFilter
    from ..models.exists_filter import ExistsFilter
    from ..models.generic_range_filter import GenericRangeFilter
    from ..models.in_filter import InFilter
    from ..models.prefix_filter import PrefixFilter
    from ..models.search_filter import SearchFilter


T = TypeVar("T", bound="AssetBoolFilterNot")


@_attrs_define
class AssetBoolFilterNot(AdditionalProperties):
    """
    Attributes:
        not_ (AssetBoolFilterAnd | AssetBoolFilterNot | AssetBoolFilterOr | ContainsAllFilter | ContainsAnyFilter |
            EqualsFilter | ExistsFilter | GenericRangeFilter | InFilter | PrefixFilter | SearchFilter): A filter DSL (Domain
            Specific Language) to define advanced filter queries.

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
    """

    _FIT = {
        "not": (
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
        )
    }
    _REQUIRED = ("not",)

    not_: (
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
        from ..models.asset_bool_filter_and import AssetBoolFilterAnd  # noqa: PLC0415
        from ..models.asset_bool_filter_or import AssetBoolFilterOr  # noqa: PLC0415
        from ..models.contains_all_filter import ContainsAllFilter  # noqa: PLC0415
        from ..models.contains_any_filter import ContainsAnyFilter  # noqa: PLC0415
        from ..models.equals_filter import EqualsFilter  # noqa: PLC0415
        from ..models.exists_filter import ExistsFilter  # noqa: PLC0415
        from ..models.generic_range_filter import GenericRangeFilter  # noqa: PLC0415
        from ..models.in_filter import InFilter  # noqa: PLC0415
        from ..models.prefix_filter import PrefixFilter  # noqa: PLC0415
        from ..models.search_filter import SearchFilter  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_not_(
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
        ):
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

        not_ = _parse_not_(d.pop("not"))

        asset_bool_filter_not = cls(
            not_=not_,
        )

        asset_bool_filter_not.additional_properties = d
        return asset_bool_filter_not
