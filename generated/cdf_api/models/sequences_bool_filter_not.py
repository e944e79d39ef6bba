from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.sequences_bool_filter_and import SequencesBoolFilterAnd
    from ..models.sequences_bool_filter_or import SequencesBoolFilterOr
    from ..models.sequences_contains_all_filter import SequencesContainsAllFilter
    from ..models.sequences_contains_any_filter import SequencesContainsAnyFilter
    from ..models.sequences_equals_filter import SequencesEqualsFilter
    from ..models.sequences_exists_filter import SequencesExistsFilter
    from ..models.sequences_in_filter import SequencesInFilter
    from ..models.sequences_prefix_filter import SequencesPrefixFilter
    from ..models.sequences_range_filter import SequencesRangeFilter
    from ..models.sequences_search_filter import SequencesSearchFilter


T = TypeVar("T", bound="SequencesBoolFilterNot")


@_attrs_define
class SequencesBoolFilterNot(AdditionalProperties):
    """
    Attributes:
        not_ (SequencesBoolFilterAnd | SequencesBoolFilterNot | SequencesBoolFilterOr | SequencesContainsAllFilter |
            SequencesContainsAnyFilter | SequencesEqualsFilter | SequencesExistsFilter | SequencesInFilter |
            SequencesPrefixFilter | SequencesRangeFilter | SequencesSearchFilter): A filter DSL (Domain Specific Language)
            to define advanced filter queries.

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
    """

    _FIT = {
        "not": (
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
        )
    }
    _REQUIRED = ("not",)

    not_: (
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
        from ..models.sequences_bool_filter_and import SequencesBoolFilterAnd  # noqa: PLC0415
        from ..models.sequences_bool_filter_or import SequencesBoolFilterOr  # noqa: PLC0415
        from ..models.sequences_contains_all_filter import SequencesContainsAllFilter  # noqa: PLC0415
        from ..models.sequences_contains_any_filter import SequencesContainsAnyFilter  # noqa: PLC0415
        from ..models.sequences_equals_filter import SequencesEqualsFilter  # noqa: PLC0415
        from ..models.sequences_exists_filter import SequencesExistsFilter  # noqa: PLC0415
        from ..models.sequences_in_filter import SequencesInFilter  # noqa: PLC0415
        from ..models.sequences_prefix_filter import SequencesPrefixFilter  # noqa: PLC0415
        from ..models.sequences_range_filter import SequencesRangeFilter  # noqa: PLC0415
        from ..models.sequences_search_filter import SequencesSearchFilter  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_not_(
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
        ):
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

        not_ = _parse_not_(d.pop("not"))

        sequences_bool_filter_not = cls(
            not_=not_,
        )

        sequences_bool_filter_not.additional_properties = d
        return sequences_bool_filter_not
