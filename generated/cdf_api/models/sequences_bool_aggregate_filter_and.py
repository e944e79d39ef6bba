from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.sequences_bool_aggregate_filter_not import SequencesBoolAggregateFilterNot
    from ..models.sequences_bool_aggregate_filter_or import SequencesBoolAggregateFilterOr
    from ..models.sequences_in_aggregate_filter import SequencesInAggregateFilter
    from ..models.sequences_prefix_aggregate_filter import SequencesPrefixAggregateFilter
    from ..models.sequences_range_aggregate_filter import SequencesRangeAggregateFilter


T = TypeVar("T", bound="SequencesBoolAggregateFilterAnd")


@_attrs_define
class SequencesBoolAggregateFilterAnd(AdditionalProperties):
    """
    Attributes:
        and_ (list[SequencesBoolAggregateFilterAnd | SequencesBoolAggregateFilterNot | SequencesBoolAggregateFilterOr |
            SequencesInAggregateFilter | SequencesPrefixAggregateFilter | SequencesRangeAggregateFilter]): The aggregation
            result will only contain items that match _all_ of the given
            sub-clauses.
    """

    _FIT = {
        "and": (
            "l",
            (
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
        )
    }
    _REQUIRED = ("and",)

    and_: list[
        SequencesBoolAggregateFilterAnd
        | SequencesBoolAggregateFilterNot
        | SequencesBoolAggregateFilterOr
        | SequencesInAggregateFilter
        | SequencesPrefixAggregateFilter
        | SequencesRangeAggregateFilter
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        and_ = []
        for and_item_data in self.and_:
            and_item: dict[str, Any]
            and_item = and_item_data.to_dict()

            and_.append(and_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "and": and_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sequences_bool_aggregate_filter_not import SequencesBoolAggregateFilterNot  # noqa: PLC0415
        from ..models.sequences_bool_aggregate_filter_or import SequencesBoolAggregateFilterOr  # noqa: PLC0415
        from ..models.sequences_in_aggregate_filter import SequencesInAggregateFilter  # noqa: PLC0415
        from ..models.sequences_prefix_aggregate_filter import SequencesPrefixAggregateFilter  # noqa: PLC0415
        from ..models.sequences_range_aggregate_filter import SequencesRangeAggregateFilter  # noqa: PLC0415

        d = dict(src_dict)
        and_ = []
        _and_ = d.pop("and")
        for and_item_data in _and_:

            def _parse_and_item(
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

            and_item = _parse_and_item(and_item_data)

            and_.append(and_item)

        sequences_bool_aggregate_filter_and = cls(
            and_=and_,
        )

        sequences_bool_aggregate_filter_and.additional_properties = d
        return sequences_bool_aggregate_filter_and
