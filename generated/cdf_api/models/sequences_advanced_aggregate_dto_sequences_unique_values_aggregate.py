from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset, parse_best

if TYPE_CHECKING:
    from ..models.sequence_filter import SequenceFilter
    from ..models.sequences_aggregate_properties_properties_item import SequencesAggregatePropertiesPropertiesItem
    from ..models.sequences_bool_aggregate_filter_and import SequencesBoolAggregateFilterAnd
    from ..models.sequences_bool_aggregate_filter_not import SequencesBoolAggregateFilterNot
    from ..models.sequences_bool_aggregate_filter_or import SequencesBoolAggregateFilterOr
    from ..models.sequences_bool_filter_and import SequencesBoolFilterAnd
    from ..models.sequences_bool_filter_not import SequencesBoolFilterNot
    from ..models.sequences_bool_filter_or import SequencesBoolFilterOr
    from ..models.sequences_contains_all_filter import SequencesContainsAllFilter
    from ..models.sequences_contains_any_filter import SequencesContainsAnyFilter
    from ..models.sequences_equals_filter import SequencesEqualsFilter
    from ..models.sequences_exists_filter import SequencesExistsFilter
    from ..models.sequences_in_aggregate_filter import SequencesInAggregateFilter
    from ..models.sequences_in_filter import SequencesInFilter
    from ..models.sequences_prefix_aggregate_filter import SequencesPrefixAggregateFilter
    from ..models.sequences_prefix_filter import SequencesPrefixFilter
    from ..models.sequences_range_aggregate_filter import SequencesRangeAggregateFilter
    from ..models.sequences_range_filter import SequencesRangeFilter
    from ..models.sequences_search_filter import SequencesSearchFilter


T = TypeVar("T", bound="SequencesAdvancedAggregateDTOSequencesUniqueValuesAggregate")


@_attrs_define
class SequencesAdvancedAggregateDTOSequencesUniqueValuesAggregate(AdditionalProperties):
    """
    Attributes:
        properties (list[SequencesAggregatePropertiesPropertiesItem]): The properties to which the aggregation should be
            applied. While this parameter is a list, it
            currently only accepts one element. Each element is an object with a single field called `property`,
            whose value is another list (in order to accommodate nested properties). Thus, a top-level property
            `name` must be specified as `[{"property": ["name"]}]`, and a metadata property `tag` must be
            specified as `[{"property": ["metadata", "tag"]}]`.

            The supported top-level properties are:
            - `assetId`
            - `assetRootId`
            - `createdTime`
            - `dataSetId`
            - `description`
            - `externalId`
            - `id`
            - `lastUpdatedTime`
            - `name`
        aggregate (Literal['uniqueValues']): The `uniqueValues` aggregation gets, from the sequences that match the
            filter(s),
            the set of unique values (up to max 1000) that are taken on by the given property. For each such
            value, the aggregation result will also specify the frequency - that is, the number of sequences
            that match the filter(s) and have that property value. The results are ordered by frequency in
            descending order.
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
        aggregate_filter (SequencesBoolAggregateFilterAnd | SequencesBoolAggregateFilterNot |
            SequencesBoolAggregateFilterOr | SequencesInAggregateFilter | SequencesPrefixAggregateFilter |
            SequencesRangeAggregateFilter | Unset): A filter DSL (Domain Specific Language) to define aggregate filters.
        filter_ (SequenceFilter | Unset):
    """

    _FIT = {
        "properties": ("l", ("m", "SequencesAggregatePropertiesPropertiesItem")),
        "aggregate": ("c", "uniqueValues"),
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
        "aggregateFilter": (
            "u",
            (
                ("m", "SequencesBoolAggregateFilterAnd"),
                ("m", "SequencesBoolAggregateFilterOr"),
                ("m", "SequencesBoolAggregateFilterNot"),
                ("m", "SequencesInAggregateFilter"),
                ("m", "SequencesRangeAggregateFilter"),
                ("m", "SequencesPrefixAggregateFilter"),
            ),
        ),
        "filter": ("m", "SequenceFilter"),
    }
    _REQUIRED = ("properties", "aggregate")

    properties: list[SequencesAggregatePropertiesPropertiesItem]
    aggregate: Literal["uniqueValues"]
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
    aggregate_filter: (
        SequencesBoolAggregateFilterAnd
        | SequencesBoolAggregateFilterNot
        | SequencesBoolAggregateFilterOr
        | SequencesInAggregateFilter
        | SequencesPrefixAggregateFilter
        | SequencesRangeAggregateFilter
        | Unset
    ) = UNSET
    filter_: SequenceFilter | Unset = UNSET
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

        aggregate_filter: dict[str, Any] | Unset
        if isinstance(self.aggregate_filter, Unset):
            aggregate_filter = UNSET
        else:
            aggregate_filter = self.aggregate_filter.to_dict()

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

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
        if aggregate_filter is not UNSET:
            field_dict["aggregateFilter"] = aggregate_filter
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sequence_filter import SequenceFilter  # noqa: PLC0415
        from ..models.sequences_aggregate_properties_properties_item import SequencesAggregatePropertiesPropertiesItem  # noqa: PLC0415
        from ..models.sequences_bool_aggregate_filter_and import SequencesBoolAggregateFilterAnd  # noqa: PLC0415
        from ..models.sequences_bool_aggregate_filter_not import SequencesBoolAggregateFilterNot  # noqa: PLC0415
        from ..models.sequences_bool_aggregate_filter_or import SequencesBoolAggregateFilterOr  # noqa: PLC0415
        from ..models.sequences_bool_filter_and import SequencesBoolFilterAnd  # noqa: PLC0415
        from ..models.sequences_bool_filter_not import SequencesBoolFilterNot  # noqa: PLC0415
        from ..models.sequences_bool_filter_or import SequencesBoolFilterOr  # noqa: PLC0415
        from ..models.sequences_contains_all_filter import SequencesContainsAllFilter  # noqa: PLC0415
        from ..models.sequences_contains_any_filter import SequencesContainsAnyFilter  # noqa: PLC0415
        from ..models.sequences_equals_filter import SequencesEqualsFilter  # noqa: PLC0415
        from ..models.sequences_exists_filter import SequencesExistsFilter  # noqa: PLC0415
        from ..models.sequences_in_aggregate_filter import SequencesInAggregateFilter  # noqa: PLC0415
        from ..models.sequences_in_filter import SequencesInFilter  # noqa: PLC0415
        from ..models.sequences_prefix_aggregate_filter import SequencesPrefixAggregateFilter  # noqa: PLC0415
        from ..models.sequences_prefix_filter import SequencesPrefixFilter  # noqa: PLC0415
        from ..models.sequences_range_aggregate_filter import SequencesRangeAggregateFilter  # noqa: PLC0415
        from ..models.sequences_range_filter import SequencesRangeFilter  # noqa: PLC0415
        from ..models.sequences_search_filter import SequencesSearchFilter  # noqa: PLC0415

        d = dict(src_dict)
        properties = []
        _properties = d.pop("properties")
        for properties_item_data in _properties:
            properties_item = SequencesAggregatePropertiesPropertiesItem.from_dict(properties_item_data)

            properties.append(properties_item)

        aggregate = cast(Literal["uniqueValues"], d.pop("aggregate"))
        if aggregate != "uniqueValues":
            raise ValueError(f"aggregate must match const 'uniqueValues', got '{aggregate}'")

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

        def _parse_aggregate_filter(
            data: object,
        ) -> (
            SequencesBoolAggregateFilterAnd
            | SequencesBoolAggregateFilterNot
            | SequencesBoolAggregateFilterOr
            | SequencesInAggregateFilter
            | SequencesPrefixAggregateFilter
            | SequencesRangeAggregateFilter
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            return parse_best(
                data,
                (
                    SequencesBoolAggregateFilterAnd,
                    SequencesBoolAggregateFilterOr,
                    SequencesBoolAggregateFilterNot,
                    SequencesInAggregateFilter,
                    SequencesRangeAggregateFilter,
                    SequencesPrefixAggregateFilter,
                ),
            )

        aggregate_filter = _parse_aggregate_filter(d.pop("aggregateFilter", UNSET))

        _filter_ = d.pop("filter", UNSET)
        filter_: SequenceFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = SequenceFilter.from_dict(_filter_)

        sequences_advanced_aggregate_dto_sequences_unique_values_aggregate = cls(
            properties=properties,
            aggregate=aggregate,
            advanced_filter=advanced_filter,
            aggregate_filter=aggregate_filter,
            filter_=filter_,
        )

        sequences_advanced_aggregate_dto_sequences_unique_values_aggregate.additional_properties = d
        return sequences_advanced_aggregate_dto_sequences_unique_values_aggregate
