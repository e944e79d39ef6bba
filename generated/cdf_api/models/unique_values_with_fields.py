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
    from ..models.contains_all_filter import ContainsAllFilter
    from ..models.contains_any_filter import ContainsAnyFilter
    from ..models.equals_filter import EqualsFilter
    from ..models.event_aggregate_bool_filter_and import EventAggregateBoolFilterAnd
    from ..models.event_aggregate_bool_filter_not import EventAggregateBoolFilterNot
    from ..models.event_aggregate_bool_filter_or import EventAggregateBoolFilterOr
    from ..models.event_bool_filter_and import EventBoolFilterAnd
    from ..models.event_bool_filter_not import EventBoolFilterNot
    from ..models.event_bool_filter_or import EventBoolFilterOr
    from ..models.event_filter import EventFilter
    from ..models.exists_filter import ExistsFilter
    from ..models.generic_range_filter import GenericRangeFilter
    from ..models.in_filter import InFilter
    from ..models.prefix_filter import PrefixFilter
    from ..models.search_filter import SearchFilter


T = TypeVar("T", bound="UniqueValuesWithFields")


@_attrs_define
class UniqueValuesWithFields(AdditionalProperties):
    """ 
        Attributes:
            fields (list[str]): This field is deprecated. Use the `properties` field instead.\\
                The field name(s) to apply the aggregation on. Currently limited to one field.
                Accepts the following field names: `type`, `subtype`, `dataSetId` and metadata fields, for example,
                `metadata.FooBar`.
            aggregate (Literal['uniqueValues']): Type of aggregation to apply.
                `uniqueValues`: Get unique values (up to max 1000) in the specified property ordered by the frequency.
                Note: When aggregate on the `["metadata"]` property, a value may occur multiple times in one Event for different
                metadata keys.
                Each occurrence is counted.
            aggregate_filter (AggregateInFilter | AggregatePrefixFilter | AggregateRangeFilter | EventAggregateBoolFilterAnd
                | EventAggregateBoolFilterNot | EventAggregateBoolFilterOr | Unset): A filter DSL (Domain Specific Language) to
                define aggregate filter queries.

                See more information about filtering DSL [here](https://docs.cognite.com/dev/concepts/resource_filtering_dsl/
                "filtering DSL").
                 Example: {'or': [{'not': {'and': [{'equals': {'value': 10}}, {'in': {'values': [11, 12]}}, {'range': {'gte':
                13, 'lt': 15}}]}}, {'and': [{'equals': {'value': 42}}]}]}.
            advanced_filter (ContainsAllFilter | ContainsAnyFilter | EqualsFilter | EventBoolFilterAnd | EventBoolFilterNot
                | EventBoolFilterOr | ExistsFilter | GenericRangeFilter | InFilter | PrefixFilter | SearchFilter | Unset): A
                filter DSL (Domain Specific Language) to define advanced filter queries.

                See more information about filtering DSL [here](https://docs.cognite.com/dev/concepts/resource_filtering_dsl/
                "filtering DSL").

                Supported properties:

                  | Property                        | Type                                    |
                  |---------------------------------|-----------------------------------------|
                  | `["assetIds"]`                  | array of [number]                       |
                  | `["createdTime"]`               | number                                  |
                  | `["dataSetId"]`                 | number                                  |
                  | `["endTime"]`                   | number                                  |
                  | `["id"]`                        | number                                  |
                  | `["lastUpdatedTime"]`           | number                                  |
                  | `["startTime"]`                 | number                                  |
                  | `["description"]`               | string                                  |
                  | `["externalId"]`                | string                                  |
                  | `["metadata"]`                  | string                                  |
                  | `["metadata", "someCustomKey"]` | string                                  |
                  | `["source"]`                    | string                                  |
                  | `["subtype"]`                   | string                                  |
                  | `["type"]`                      | string                                  |

                  Note: Filtering on the `["metadata"]` property has the following logic:
                  If a value of any metadata keys in an event matches the filter, the event matches the filter. Example: {'or':
                [{'not': {'and': [{'equals': {'property': ['metadata', 'severity'], 'value': 'medium'}}, {'in': {'property':
                ['source'], 'values': ['inspection protocol', 'incident report']}}, {'range': {'property': ['dataSetId'], 'gte':
                1, 'lt': 10}}]}}, {'and': [{'equals': {'property': ['type'], 'value': 'equipment malfunction'}}, {'equals':
                {'property': ['subtype'], 'value': 'mechanical failure'}}]}, {'search': {'property': ['description'], 'value':
                'outage'}}]}.
            filter_ (EventFilter | Unset): Filter on events filter with exact match
     """

    _FIT = {
        "fields": ("l", "s"),
        "aggregate": ("c", "uniqueValues"),
        "aggregateFilter": (
            "u",
            (
                ("m", "EventAggregateBoolFilterAnd"),
                ("m", "EventAggregateBoolFilterOr"),
                ("m", "EventAggregateBoolFilterNot"),
                ("m", "AggregateInFilter"),
                ("m", "AggregatePrefixFilter"),
                ("m", "AggregateRangeFilter"),
            ),
        ),
        "advancedFilter": (
            "u",
            (
                ("m", "EventBoolFilterAnd"),
                ("m", "EventBoolFilterOr"),
                ("m", "EventBoolFilterNot"),
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
        "filter": ("m", "EventFilter"),
    }
    _REQUIRED = ("fields", "aggregate")

    fields: list[str]
    aggregate: Literal["uniqueValues"]
    aggregate_filter: (
        AggregateInFilter
        | AggregatePrefixFilter
        | AggregateRangeFilter
        | EventAggregateBoolFilterAnd
        | EventAggregateBoolFilterNot
        | EventAggregateBoolFilterOr
        | Unset
    ) = UNSET
    advanced_filter: (
        ContainsAllFilter
        | ContainsAnyFilter
        | EqualsFilter
        | EventBoolFilterAnd
        | EventBoolFilterNot
        | EventBoolFilterOr
        | ExistsFilter
        | GenericRangeFilter
        | InFilter
        | PrefixFilter
        | SearchFilter
        | Unset
    ) = UNSET
    filter_: EventFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fields = self.fields

        aggregate = self.aggregate

        aggregate_filter: dict[str, Any] | Unset
        if isinstance(self.aggregate_filter, Unset):
            aggregate_filter = UNSET
        else:
            aggregate_filter = self.aggregate_filter.to_dict()

        advanced_filter: dict[str, Any] | Unset
        if isinstance(self.advanced_filter, Unset):
            advanced_filter = UNSET
        else:
            advanced_filter = self.advanced_filter.to_dict()

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fields": fields,
                "aggregate": aggregate,
            }
        )
        if aggregate_filter is not UNSET:
            field_dict["aggregateFilter"] = aggregate_filter
        if advanced_filter is not UNSET:
            field_dict["advancedFilter"] = advanced_filter
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregate_in_filter import AggregateInFilter  # noqa: PLC0415
        from ..models.aggregate_prefix_filter import AggregatePrefixFilter  # noqa: PLC0415
        from ..models.aggregate_range_filter import AggregateRangeFilter  # noqa: PLC0415
        from ..models.contains_all_filter import ContainsAllFilter  # noqa: PLC0415
        from ..models.contains_any_filter import ContainsAnyFilter  # noqa: PLC0415
        from ..models.equals_filter import EqualsFilter  # noqa: PLC0415
        from ..models.event_aggregate_bool_filter_and import EventAggregateBoolFilterAnd  # noqa: PLC0415
        from ..models.event_aggregate_bool_filter_not import EventAggregateBoolFilterNot  # noqa: PLC0415
        from ..models.event_aggregate_bool_filter_or import EventAggregateBoolFilterOr  # noqa: PLC0415
        from ..models.event_bool_filter_and import EventBoolFilterAnd  # noqa: PLC0415
        from ..models.event_bool_filter_not import EventBoolFilterNot  # noqa: PLC0415
        from ..models.event_bool_filter_or import EventBoolFilterOr  # noqa: PLC0415
        from ..models.event_filter import EventFilter  # noqa: PLC0415
        from ..models.exists_filter import ExistsFilter  # noqa: PLC0415
        from ..models.generic_range_filter import GenericRangeFilter  # noqa: PLC0415
        from ..models.in_filter import InFilter  # noqa: PLC0415
        from ..models.prefix_filter import PrefixFilter  # noqa: PLC0415
        from ..models.search_filter import SearchFilter  # noqa: PLC0415

        d = dict(src_dict)
        fields = cast(list[str], d.pop("fields"))

        aggregate = cast(Literal["uniqueValues"], d.pop("aggregate"))
        if aggregate != "uniqueValues":
            raise ValueError(f"aggregate must match const 'uniqueValues', got '{aggregate}'")

        def _parse_aggregate_filter(
            data: object,
        ) -> (
            AggregateInFilter
            | AggregatePrefixFilter
            | AggregateRangeFilter
            | EventAggregateBoolFilterAnd
            | EventAggregateBoolFilterNot
            | EventAggregateBoolFilterOr
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_best(
                data,
                (
                    EventAggregateBoolFilterAnd,
                    EventAggregateBoolFilterOr,
                    EventAggregateBoolFilterNot,
                    AggregateInFilter,
                    AggregatePrefixFilter,
                    AggregateRangeFilter,
                ),
            )

        aggregate_filter = _parse_aggregate_filter(d.pop("aggregateFilter", UNSET))

        def _parse_advanced_filter(
            data: object,
        ) -> (
            ContainsAllFilter
            | ContainsAnyFilter
            | EqualsFilter
            | EventBoolFilterAnd
            | EventBoolFilterNot
            | EventBoolFilterOr
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
                    EventBoolFilterAnd,
                    EventBoolFilterOr,
                    EventBoolFilterNot,
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
        filter_: EventFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = EventFilter.from_dict(_filter_)

        unique_values_with_fields = cls(
            fields=fields,
            aggregate=aggregate,
            aggregate_filter=aggregate_filter,
            advanced_filter=advanced_filter,
            filter_=filter_,
        )

        unique_values_with_fields.additional_properties = d
        return unique_values_with_fields
