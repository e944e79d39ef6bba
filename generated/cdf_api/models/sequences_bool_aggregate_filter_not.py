from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.sequences_bool_aggregate_filter_and import SequencesBoolAggregateFilterAnd
    from ..models.sequences_bool_aggregate_filter_or import SequencesBoolAggregateFilterOr
    from ..models.sequences_in_aggregate_filter import SequencesInAggregateFilter
    from ..models.sequences_prefix_aggregate_filter import SequencesPrefixAggregateFilter
    from ..models.sequences_range_aggregate_filter import SequencesRangeAggregateFilter


T = TypeVar("T", bound="SequencesBoolAggregateFilterNot")


@_attrs_define
class SequencesBoolAggregateFilterNot(AdditionalProperties):
    """
    Attributes:
        not_ (SequencesBoolAggregateFilterAnd | SequencesBoolAggregateFilterNot | SequencesBoolAggregateFilterOr |
            SequencesInAggregateFilter | SequencesPrefixAggregateFilter | SequencesRangeAggregateFilter): A filter DSL
            (Domain Specific Language) to define aggregate filters.
    """

    _FIT = {
        "not": (
            "u",
            (
                ("m", "SequencesBoolAggregateFilterAnd"),
                ("m", "SequencesBoolAggregateFilterOr"),
                ("m", "SequencesBoolAggregateFilterNot"),
                ("m", "SequencesInAggregateFilter"),
                ("m", "SequencesRangeAggregateFilter"),
                ("m", "SequencesPrefixAggregateFilter"),
            ),
        )
    }
    _REQUIRED = ("not",)

    not_: (
        SequencesBoolAggregateFilterAnd
        | SequencesBoolAggregateFilterNot
        | SequencesBoolAggregateFilterOr
        | SequencesInAggregateFilter
        | SequencesPrefixAggregateFilter
        | SequencesRangeAggregateFilter
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
        from ..models.sequences_bool_aggregate_filter_and import SequencesBoolAggregateFilterAnd  # noqa: PLC0415
        from ..models.sequences_bool_aggregate_filter_or import SequencesBoolAggregateFilterOr  # noqa: PLC0415
        from ..models.sequences_in_aggregate_filter import SequencesInAggregateFilter  # noqa: PLC0415
        from ..models.sequences_prefix_aggregate_filter import SequencesPrefixAggregateFilter  # noqa: PLC0415
        from ..models.sequences_range_aggregate_filter import SequencesRangeAggregateFilter  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_not_(
            data: object,
        ) -> (
            SequencesBoolAggregateFilterAnd
            | SequencesBoolAggregateFilterNot
            | SequencesBoolAggregateFilterOr
            | SequencesInAggregateFilter
            | SequencesPrefixAggregateFilter
            | SequencesRangeAggregateFilter
        ):
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

        not_ = _parse_not_(d.pop("not"))

        sequences_bool_aggregate_filter_not = cls(
            not_=not_,
        )

        sequences_bool_aggregate_filter_not.additional_properties = d
        return sequences_bool_aggregate_filter_not
