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
    from ..models.match_all_filter import MatchAllFilter
    from ..models.prefix_filter_ila import PrefixFilterIla
    from ..models.range_filter_ila import RangeFilterIla
    from ..models.source_selector_item import SourceSelectorItem


T = TypeVar("T", bound="SyncRecordsRequest")


@_attrs_define
class SyncRecordsRequest(AdditionalProperties):
    """
    Attributes:
        limit (int | Unset): Limits the number of results to return.
             Example: 42.
        sources (list[SourceSelectorItem] | Unset): List of containers and their properties which values should be
            selected for the response.
        filter_ (BoolFilterIlaAnd | BoolFilterIlaNot | BoolFilterIlaOr | ContainsAllFilterIla | ContainsAnyFilterIla |
            EqualsFilterIla | ExistsFilterIla | HasDataFilterIla | InFilterIla | MatchAllFilter | PrefixFilterIla |
            RangeFilterIla | Unset): A filter Domain Specific Language (DSL) used to create advanced filter queries.

            **Note:** the max number of nodes in the filter tree is 100 and the max tree depth is 10.
             Example: {'and': [{'containsAll': {'property': ['mySpace', 'myContainer', 'myProperty'], 'values': [10011,
            10012]}}, {'range': {'property': ['my_space', 'my_container', 'my_weight'], 'gte': 0}}]}.
        cursor (str | Unset): A cursor returned from the previous sync request.
             Example: c29tZSBjdXJzb3I=.
        initialize_cursor (str | Unset): The format is "`duration`-ago", where duration is a correct duration
            representation: 3m, 400h, 25d, etc.
            For instance, "2d-ago" will give a stream of changes ingested up to 2 days ago.

            If ```cursor``` is not set, ```initializeCursor``` is used to choose a shift where to start the stream reading.
            If ```initializeCursor``` is not set, the ```cursor``` is required. If the ```cursor``` is provided,
            ```initializeCursor``` is ignored.

            Note that ```initializeCursor``` is not exact; a deviation up to few seconds can occur.
             Example: 42d-ago.
    """

    _FIT = {
        "limit": "i",
        "sources": ("l", ("m", "SourceSelectorItem")),
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
        "cursor": "s",
        "initializeCursor": "s",
    }
    _REQUIRED = ()

    limit: int | Unset = UNSET
    sources: list[SourceSelectorItem] | Unset = UNSET
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
    cursor: str | Unset = UNSET
    initialize_cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for componentsschemas_source_selector_item_data in self.sources:
                componentsschemas_source_selector_item = componentsschemas_source_selector_item_data.to_dict()
                sources.append(componentsschemas_source_selector_item)

        filter_: dict[str, Any] | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_.to_dict()

        cursor = self.cursor

        initialize_cursor = self.initialize_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if sources is not UNSET:
            field_dict["sources"] = sources
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if initialize_cursor is not UNSET:
            field_dict["initializeCursor"] = initialize_cursor

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
        from ..models.match_all_filter import MatchAllFilter  # noqa: PLC0415
        from ..models.prefix_filter_ila import PrefixFilterIla  # noqa: PLC0415
        from ..models.range_filter_ila import RangeFilterIla  # noqa: PLC0415
        from ..models.source_selector_item import SourceSelectorItem  # noqa: PLC0415

        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        _sources = d.pop("sources", UNSET)
        sources: list[SourceSelectorItem] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for componentsschemas_source_selector_item_data in _sources:
                componentsschemas_source_selector_item = SourceSelectorItem.from_dict(
                    componentsschemas_source_selector_item_data
                )

                sources.append(componentsschemas_source_selector_item)

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

        cursor = d.pop("cursor", UNSET)

        initialize_cursor = d.pop("initializeCursor", UNSET)

        sync_records_request = cls(
            limit=limit,
            sources=sources,
            filter_=filter_,
            cursor=cursor,
            initialize_cursor=initialize_cursor,
        )

        sync_records_request.additional_properties = d
        return sync_records_request
