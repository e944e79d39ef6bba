from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.bool_filter_ila_and import BoolFilterIlaAnd
    from ..models.bool_filter_ila_not import BoolFilterIlaNot
    from ..models.bool_filter_ila_or import BoolFilterIlaOr
    from ..models.contains_all_filter_ila import ContainsAllFilterIla
    from ..models.contains_any_filter_ila import ContainsAnyFilterIla
    from ..models.equals_filter_ila import EqualsFilterIla
    from ..models.exists_filter_ila import ExistsFilterIla
    from ..models.has_data_filter_ila import HasDataFilterIla
    from ..models.in_filter_ila import InFilterIla
    from ..models.last_updated_time_filter import LastUpdatedTimeFilter
    from ..models.match_all_filter import MatchAllFilter
    from ..models.prefix_filter_ila import PrefixFilterIla
    from ..models.property_sort import PropertySort
    from ..models.range_filter_ila import RangeFilterIla
    from ..models.source_selector_item import SourceSelectorItem


T = TypeVar("T", bound="FilterRecordsRequest")


@_attrs_define
class FilterRecordsRequest(AdditionalProperties):
    """
    Attributes:
        limit (int | Unset): Limits the number of results to return.
             Example: 42.
        sort (list[PropertySort] | Unset): Ordered list of sorting specifications (property, direction, etc) to sort on.
        last_updated_time (LastUpdatedTimeFilter | Unset): Matches records with the last updated time within the
            provided range.
            This attribute is mandatory for immutable streams but it's optional for **mutable** streams.
            The maximum time interval that can be defined by the attribute
            is limited by the stream settings. If more data needs to be queried than allowed by the stream
            settings, it should be done with multiple requests. For example, if stream allows querying
            up to 1 month of data, but a quarterly report is needed, the solution is to make 3 requests, one for
            each month, and then aggregate the responses.

            The range must include at least a left (`gt` or `gte`) bound.
            It is not allowed to specify two upper or lower bounds, e.g. `gte` and `gt`, in the same filter.

              `gte`: Greater than or equal to.
              `gt`: Greater than.
              `lte`: Less than or equal to.
              `lt`: Less than.

            **Note:** `lastUpdatedTime` is a CDF generated timestamp that marks the moment a record is stored in the API

            The range bounds can be specified in two formats:
            - **String**: An ISO-8601 formatted date-time string (e.g., `2030-05-15T18:00:00.00Z`).
            - **Integer**: The number of milliseconds since the Unix epoch (e.g., `1705341600000`).
             Example: {'gt': 1705341600000, 'lt': '2030-05-15T18:00:00.00Z'}.
        filter_ (BoolFilterIlaAnd | BoolFilterIlaNot | BoolFilterIlaOr | ContainsAllFilterIla | ContainsAnyFilterIla |
            EqualsFilterIla | ExistsFilterIla | HasDataFilterIla | InFilterIla | MatchAllFilter | PrefixFilterIla |
            RangeFilterIla | Unset): A filter Domain Specific Language (DSL) used to create advanced filter queries.

            **Note:** the max number of nodes in the filter tree is 100 and the max tree depth is 10.
             Example: {'and': [{'containsAll': {'property': ['mySpace', 'myContainer', 'myProperty'], 'values': [10011,
            10012]}}, {'range': {'property': ['my_space', 'my_container', 'my_weight'], 'gte': 0}}]}.
        sources (list[SourceSelectorItem] | Unset): List of containers and their properties which values should be
            selected for the response.
    """

    _FIT = {
        "limit": "i",
        "sort": ("l", ("m", "PropertySort")),
        "lastUpdatedTime": ("m", "LastUpdatedTimeFilter"),
        "filter": (
            "u",
            (
                ("m", "BoolFilterIlaAnd"),
                ("m", "BoolFilterIlaOr"),
                ("m", "BoolFilterIlaNot"),
                ("m", "MatchAllFilter"),
                ("m", "ExistsFilterIla"),
                ("m", "EqualsFilterIla"),
                ("m", "HasDataFilterIla"),
                ("m", "PrefixFilterIla"),
                ("m", "RangeFilterIla"),
                ("m", "InFilterIla"),
                ("m", "ContainsAllFilterIla"),
                ("m", "ContainsAnyFilterIla"),
            ),
        ),
        "sources": ("l", ("m", "SourceSelectorItem")),
    }
    _REQUIRED = ()

    limit: int | Unset = UNSET
    sort: list[PropertySort] | Unset = UNSET
    last_updated_time: LastUpdatedTimeFilter | Unset = UNSET
    filter_: (
        BoolFilterIlaAnd
        | BoolFilterIlaNot
        | BoolFilterIlaOr
        | ContainsAllFilterIla
        | ContainsAnyFilterIla
        | EqualsFilterIla
        | ExistsFilterIla
        | HasDataFilterIla
        | InFilterIla
        | MatchAllFilter
        | PrefixFilterIla
        | RangeFilterIla
        | Unset
    ) = UNSET
    sources: list[SourceSelectorItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        last_updated_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_updated_time, Unset):
            last_updated_time = self.last_updated_time.to_dict()

        filter_: dict[str, Any] | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_.to_dict()

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for componentsschemas_source_selector_item_data in self.sources:
                componentsschemas_source_selector_item = componentsschemas_source_selector_item_data.to_dict()
                sources.append(componentsschemas_source_selector_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if sort is not UNSET:
            field_dict["sort"] = sort
        if last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = last_updated_time
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bool_filter_ila_and import BoolFilterIlaAnd  # noqa: PLC0415
        from ..models.bool_filter_ila_not import BoolFilterIlaNot  # noqa: PLC0415
        from ..models.bool_filter_ila_or import BoolFilterIlaOr  # noqa: PLC0415
        from ..models.contains_all_filter_ila import ContainsAllFilterIla  # noqa: PLC0415
        from ..models.contains_any_filter_ila import ContainsAnyFilterIla  # noqa: PLC0415
        from ..models.equals_filter_ila import EqualsFilterIla  # noqa: PLC0415
        from ..models.exists_filter_ila import ExistsFilterIla  # noqa: PLC0415
        from ..models.has_data_filter_ila import HasDataFilterIla  # noqa: PLC0415
        from ..models.in_filter_ila import InFilterIla  # noqa: PLC0415
        from ..models.last_updated_time_filter import LastUpdatedTimeFilter  # noqa: PLC0415
        from ..models.match_all_filter import MatchAllFilter  # noqa: PLC0415
        from ..models.prefix_filter_ila import PrefixFilterIla  # noqa: PLC0415
        from ..models.property_sort import PropertySort  # noqa: PLC0415
        from ..models.range_filter_ila import RangeFilterIla  # noqa: PLC0415
        from ..models.source_selector_item import SourceSelectorItem  # noqa: PLC0415

        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        _sort = d.pop("sort", UNSET)
        sort: list[PropertySort] | Unset = UNSET
        if _sort is not UNSET:
            sort = []
            for sort_item_data in _sort:
                sort_item = PropertySort.from_dict(sort_item_data)

                sort.append(sort_item)

        _last_updated_time = d.pop("lastUpdatedTime", UNSET)
        last_updated_time: LastUpdatedTimeFilter | Unset
        if isinstance(_last_updated_time, Unset):
            last_updated_time = UNSET
        else:
            last_updated_time = LastUpdatedTimeFilter.from_dict(_last_updated_time)

        def _parse_filter_(
            data: object,
        ) -> (
            BoolFilterIlaAnd
            | BoolFilterIlaNot
            | BoolFilterIlaOr
            | ContainsAllFilterIla
            | ContainsAnyFilterIla
            | EqualsFilterIla
            | ExistsFilterIla
            | HasDataFilterIla
            | InFilterIla
            | MatchAllFilter
            | PrefixFilterIla
            | RangeFilterIla
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_best(
                data,
                (
                    BoolFilterIlaAnd,
                    BoolFilterIlaOr,
                    BoolFilterIlaNot,
                    MatchAllFilter,
                    ExistsFilterIla,
                    EqualsFilterIla,
                    HasDataFilterIla,
                    PrefixFilterIla,
                    RangeFilterIla,
                    InFilterIla,
                    ContainsAllFilterIla,
                    ContainsAnyFilterIla,
                ),
            )

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        _sources = d.pop("sources", UNSET)
        sources: list[SourceSelectorItem] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for componentsschemas_source_selector_item_data in _sources:
                componentsschemas_source_selector_item = SourceSelectorItem.from_dict(
                    componentsschemas_source_selector_item_data
                )

                sources.append(componentsschemas_source_selector_item)

        filter_records_request = cls(
            limit=limit,
            sort=sort,
            last_updated_time=last_updated_time,
            filter_=filter_,
            sources=sources,
        )

        filter_records_request.additional_properties = d
        return filter_records_request
