from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    from ..models.sort_property import SortProperty


T = TypeVar("T", bound="EventFilterRequest")


@_attrs_define
class EventFilterRequest(AdditionalProperties):
    """
    Attributes:
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        partition (str | Unset): Splits the data set into `N` partitions.
            The attribute is specified as a "M/N" string, where `M` is a natural number in the interval of `[1, N]`.
            You need to follow the cursors within each partition in order to receive all the data.

            The maximum number of allowed partitions (`N`) is 10.

            Cognite rejects requests if you specify more than 10 partitions.
            When Cognite enforces this behavior, the requests result in a 400 Bad Request status.
             Example: 1/3.
        filter_ (EventFilter | Unset): Filter on events filter with exact match
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
        limit (int | Unset): Limits the maximum number of results to be returned by a single request.
            In case there are more results to the request, the 'nextCursor' attribute will be provided as part of the
            response.
            Request may contain less results than the request limit.
        sort (list[SortProperty] | list[str] | Unset):
    """

    _FIT = {
        "cursor": "s",
        "partition": "s",
        "filter": ("m", "EventFilter"),
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
        "limit": "i",
        "sort": ("u", (("l", ("m", "SortProperty")), ("l", "s"))),
    }
    _REQUIRED = ()

    cursor: str | Unset = UNSET
    partition: str | Unset = UNSET
    filter_: EventFilter | Unset = UNSET
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
    limit: int | Unset = UNSET
    sort: list[SortProperty] | list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cursor = self.cursor

        partition = self.partition

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        advanced_filter: dict[str, Any] | Unset
        if isinstance(self.advanced_filter, Unset):
            advanced_filter = UNSET
        else:
            advanced_filter = self.advanced_filter.to_dict()

        limit = self.limit

        sort: list[dict[str, Any]] | list[str] | Unset
        if isinstance(self.sort, Unset):
            sort = UNSET
        elif isinstance(self.sort, list):
            sort = []
            for sort_type_0_item_data in self.sort:
                sort_type_0_item = sort_type_0_item_data.to_dict()
                sort.append(sort_type_0_item)

        else:
            sort = self.sort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if partition is not UNSET:
            field_dict["partition"] = partition
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if advanced_filter is not UNSET:
            field_dict["advancedFilter"] = advanced_filter
        if limit is not UNSET:
            field_dict["limit"] = limit
        if sort is not UNSET:
            field_dict["sort"] = sort

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
        from ..models.sort_property import SortProperty  # noqa: PLC0415

        d = dict(src_dict)
        cursor = d.pop("cursor", UNSET)

        partition = d.pop("partition", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: EventFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = EventFilter.from_dict(_filter_)

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

        limit = d.pop("limit", UNSET)

        def _parse_sort(data: object) -> list[SortProperty] | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sort_type_0 = []
                _sort_type_0 = data
                for sort_type_0_item_data in _sort_type_0:
                    sort_type_0_item = SortProperty.from_dict(sort_type_0_item_data)

                    sort_type_0.append(sort_type_0_item)

                return sort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            sort_type_1 = cast(list[str], data)

            return sort_type_1

        sort = _parse_sort(d.pop("sort", UNSET))

        event_filter_request = cls(
            cursor=cursor,
            partition=partition,
            filter_=filter_,
            advanced_filter=advanced_filter,
            limit=limit,
            sort=sort,
        )

        event_filter_request.additional_properties = d
        return event_filter_request
