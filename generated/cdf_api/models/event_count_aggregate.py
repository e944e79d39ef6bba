from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.contains_all_filter import ContainsAllFilter
    from ..models.contains_any_filter import ContainsAnyFilter
    from ..models.equals_filter import EqualsFilter
    from ..models.event_bool_filter_and import EventBoolFilterAnd
    from ..models.event_bool_filter_not import EventBoolFilterNot
    from ..models.event_bool_filter_or import EventBoolFilterOr
    from ..models.event_filter import EventFilter
    from ..models.exists_filter import ExistsFilter
    from ..models.generic_range_filter import GenericRangeFilter
    from ..models.in_filter import InFilter
    from ..models.prefix_filter import PrefixFilter
    from ..models.search_filter import SearchFilter


T = TypeVar("T", bound="EventCountAggregate")


@_attrs_define
class EventCountAggregate(AdditionalProperties):
    """Request aggregate to count the number of Events matching the filters. Default aggregate for the endpoint.

    Attributes:
        aggregate (Literal['count'] | Unset): Type of aggregation to apply.
            `count`: Get an approximate number of Events matching the filters.
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
        "aggregate": ("c", "count"),
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
    _REQUIRED = ()

    aggregate: Literal["count"] | Unset = UNSET
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
        aggregate = self.aggregate

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
        field_dict.update({})
        if aggregate is not UNSET:
            field_dict["aggregate"] = aggregate
        if advanced_filter is not UNSET:
            field_dict["advancedFilter"] = advanced_filter
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contains_all_filter import ContainsAllFilter  # noqa: PLC0415
        from ..models.contains_any_filter import ContainsAnyFilter  # noqa: PLC0415
        from ..models.equals_filter import EqualsFilter  # noqa: PLC0415
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
        aggregate = cast(Literal["count"] | Unset, d.pop("aggregate", UNSET))
        if aggregate != "count" and not isinstance(aggregate, Unset):
            raise ValueError(f"aggregate must match const 'count', got '{aggregate}'")

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

        event_count_aggregate = cls(
            aggregate=aggregate,
            advanced_filter=advanced_filter,
            filter_=filter_,
        )

        event_count_aggregate.additional_properties = d
        return event_count_aggregate
