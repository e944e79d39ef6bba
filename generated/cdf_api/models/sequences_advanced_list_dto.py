from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.sequence_filter import SequenceFilter
    from ..models.sequences_bool_filter_and import SequencesBoolFilterAnd
    from ..models.sequences_bool_filter_not import SequencesBoolFilterNot
    from ..models.sequences_bool_filter_or import SequencesBoolFilterOr
    from ..models.sequences_contains_all_filter import SequencesContainsAllFilter
    from ..models.sequences_contains_any_filter import SequencesContainsAnyFilter
    from ..models.sequences_equals_filter import SequencesEqualsFilter
    from ..models.sequences_exists_filter import SequencesExistsFilter
    from ..models.sequences_in_filter import SequencesInFilter
    from ..models.sequences_prefix_filter import SequencesPrefixFilter
    from ..models.sequences_range_filter import SequencesRangeFilter
    from ..models.sequences_search_filter import SequencesSearchFilter
    from ..models.sequences_sort_item import SequencesSortItem


T = TypeVar("T", bound="SequencesAdvancedListDTO")


@_attrs_define
class SequencesAdvancedListDTO(AdditionalProperties):
    """ 
        Attributes:
            cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
            partition (str | Unset): Splits the data set into `N` partitions.
                The attribute is specified as a "M/N" string, where `M` is a natural number in the interval of `[1, N]`.
                You need to follow the cursors within each partition in order to receive all the data.

                To prevent unexpected problems and maximize read throughput, you should at most use 10 (N <= 10) partitions.

                When using more than 10 partitions, CDF may reduce the number of partitions silently.
                For example, CDF may reduce the number of partitions to `K = 10` so if you specify an `X/N` `partition` value
                where `X = 8` and `N = 20` - i.e. `"partition": "8/20"`- then
                CDF will change `N` to `N = K = 10` and process the request.
                But if you  specify the `X/N` `partition` value where `X = 11` (`X > K`) and `N = 20` - i.e. `"partition":
                "11/20"`- then
                CDF will reply with an empty result list and no cursor in the response.\\

                In future releases of the resource APIs, Cognite may reject requests if you specify more than 10 partitions.
                When Cognite enforces this behavior, the requests will result in a 400 Bad Request status.
                 Example: 1/10.
            sort (list[SequencesSortItem] | Unset): Sort by array of selected properties.
            filter_ (SequenceFilter | Unset):
            advanced_filter (SequencesBoolFilterAnd | SequencesBoolFilterNot | SequencesBoolFilterOr |
                SequencesContainsAllFilter | SequencesContainsAnyFilter | SequencesEqualsFilter | SequencesExistsFilter |
                SequencesInFilter | SequencesPrefixFilter | SequencesRangeFilter | SequencesSearchFilter | Unset): A filter DSL
                (Domain Specific Language) to define advanced filter queries.

                At the top level, an `advancedFilter` expression is either a single Boolean filter or a
                single leaf filter. Boolean filters contain other Boolean filters and/or leaf filters. The
                total number of filters may be at most 100, and the depth (the greatest number of times
                filters have been nested inside each other) may be at most 10. The `search` leaf filter may
                at most be used twice within a single `advancedFilter`, but all other filters can be used
                as many times as you like as long as the other limits are respected.
                 Example: {'or': [{'not': {'and': [{'equals': {'property': ['metadata', 'manufacturer'], 'value': 'acme'}},
                {'in': {'property': ['name'], 'values': ['pump-1-temperature', 'motor-9-temperature']}}, {'range': {'property':
                ['dataSetId'], 'gte': 1, 'lt': 10}}]}}, {'and': [{'equals': {'property': ['assetId'], 'value': 1234}},
                {'equals': {'property': ['description'], 'value': 'Temperature in Celsius'}}]}]}.
            limit (int | Unset): Returns up to this many results per page.
     """

    _FIT = {
        "cursor": "s",
        "partition": "s",
        "sort": ("l", ("m", "SequencesSortItem")),
        "filter": ("m", "SequenceFilter"),
        "advancedFilter": (
            "u",
            (
                ("m", "SequencesBoolFilterAnd"),
                ("m", "SequencesBoolFilterOr"),
                ("m", "SequencesBoolFilterNot"),
                ("m", "SequencesEqualsFilter"),
                ("m", "SequencesInFilter"),
                ("m", "SequencesRangeFilter"),
                ("m", "SequencesPrefixFilter"),
                ("m", "SequencesExistsFilter"),
                ("m", "SequencesContainsAnyFilter"),
                ("m", "SequencesContainsAllFilter"),
                ("m", "SequencesSearchFilter"),
            ),
        ),
        "limit": "i",
    }
    _REQUIRED = ()

    cursor: str | Unset = UNSET
    partition: str | Unset = UNSET
    sort: list[SequencesSortItem] | Unset = UNSET
    filter_: SequenceFilter | Unset = UNSET
    advanced_filter: (
        SequencesBoolFilterAnd
        | SequencesBoolFilterNot
        | SequencesBoolFilterOr
        | SequencesContainsAllFilter
        | SequencesContainsAnyFilter
        | SequencesEqualsFilter
        | SequencesExistsFilter
        | SequencesInFilter
        | SequencesPrefixFilter
        | SequencesRangeFilter
        | SequencesSearchFilter
        | Unset
    ) = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cursor = self.cursor

        partition = self.partition

        sort: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = []
            for sort_item_data in self.sort:
                sort_item = sort_item_data.to_dict()
                sort.append(sort_item)

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        advanced_filter: dict[str, Any] | Unset
        if isinstance(self.advanced_filter, Unset):
            advanced_filter = UNSET
        else:
            advanced_filter = self.advanced_filter.to_dict()

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cursor is not UNSET:
            field_dict["cursor"] = cursor
        if partition is not UNSET:
            field_dict["partition"] = partition
        if sort is not UNSET:
            field_dict["sort"] = sort
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if advanced_filter is not UNSET:
            field_dict["advancedFilter"] = advanced_filter
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sequence_filter import SequenceFilter  # noqa: PLC0415
        from ..models.sequences_bool_filter_and import SequencesBoolFilterAnd  # noqa: PLC0415
        from ..models.sequences_bool_filter_not import SequencesBoolFilterNot  # noqa: PLC0415
        from ..models.sequences_bool_filter_or import SequencesBoolFilterOr  # noqa: PLC0415
        from ..models.sequences_contains_all_filter import SequencesContainsAllFilter  # noqa: PLC0415
        from ..models.sequences_contains_any_filter import SequencesContainsAnyFilter  # noqa: PLC0415
        from ..models.sequences_equals_filter import SequencesEqualsFilter  # noqa: PLC0415
        from ..models.sequences_exists_filter import SequencesExistsFilter  # noqa: PLC0415
        from ..models.sequences_in_filter import SequencesInFilter  # noqa: PLC0415
        from ..models.sequences_prefix_filter import SequencesPrefixFilter  # noqa: PLC0415
        from ..models.sequences_range_filter import SequencesRangeFilter  # noqa: PLC0415
        from ..models.sequences_search_filter import SequencesSearchFilter  # noqa: PLC0415
        from ..models.sequences_sort_item import SequencesSortItem  # noqa: PLC0415

        d = dict(src_dict)
        cursor = d.pop("cursor", UNSET)

        partition = d.pop("partition", UNSET)

        _sort = d.pop("sort", UNSET)
        sort: list[SequencesSortItem] | Unset = UNSET
        if _sort is not UNSET:
            sort = []
            for sort_item_data in _sort:
                sort_item = SequencesSortItem.from_dict(sort_item_data)

                sort.append(sort_item)

        _filter_ = d.pop("filter", UNSET)
        filter_: SequenceFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = SequenceFilter.from_dict(_filter_)

        def _parse_advanced_filter(
            data: object,
        ) -> (
            SequencesBoolFilterAnd
            | SequencesBoolFilterNot
            | SequencesBoolFilterOr
            | SequencesContainsAllFilter
            | SequencesContainsAnyFilter
            | SequencesEqualsFilter
            | SequencesExistsFilter
            | SequencesInFilter
            | SequencesPrefixFilter
            | SequencesRangeFilter
            | SequencesSearchFilter
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_best(
                data,
                (
                    SequencesBoolFilterAnd,
                    SequencesBoolFilterOr,
                    SequencesBoolFilterNot,
                    SequencesEqualsFilter,
                    SequencesInFilter,
                    SequencesRangeFilter,
                    SequencesPrefixFilter,
                    SequencesExistsFilter,
                    SequencesContainsAnyFilter,
                    SequencesContainsAllFilter,
                    SequencesSearchFilter,
                ),
            )

        advanced_filter = _parse_advanced_filter(d.pop("advancedFilter", UNSET))

        limit = d.pop("limit", UNSET)

        sequences_advanced_list_dto = cls(
            cursor=cursor,
            partition=partition,
            sort=sort,
            filter_=filter_,
            advanced_filter=advanced_filter,
            limit=limit,
        )

        sequences_advanced_list_dto.additional_properties = d
        return sequences_advanced_list_dto
