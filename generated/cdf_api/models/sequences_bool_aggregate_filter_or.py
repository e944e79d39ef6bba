from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.sequences_bool_aggregate_filter_and import SequencesBoolAggregateFilterAnd
    from ..models.sequences_bool_aggregate_filter_not import SequencesBoolAggregateFilterNot
    from ..models.sequences_in_aggregate_filter import SequencesInAggregateFilter
    from ..models.sequences_prefix_aggregate_filter import SequencesPrefixAggregateFilter
    from ..models.sequences_range_aggregate_filter import SequencesRangeAggregateFilter


T = TypeVar("T", bound="SequencesBoolAggregateFilterOr")


@_attrs_define
class SequencesBoolAggregateFilterOr(AdditionalProperties):
    """
    Attributes:
        or_ (list[SequencesBoolAggregateFilterAnd | SequencesBoolAggregateFilterNot | SequencesBoolAggregateFilterOr |
            SequencesInAggregateFilter | SequencesPrefixAggregateFilter | SequencesRangeAggregateFilter]): The aggregation
            result will only contain items that match _at least one_
            (but potentially many or even all) of the given sub-clauses.
    """

    _FIT = {
        "or": (
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
    _REQUIRED = ("or",)

    or_: list[
        SequencesBoolAggregateFilterAnd
        | SequencesBoolAggregateFilterNot
        | SequencesBoolAggregateFilterOr
        | SequencesInAggregateFilter
        | SequencesPrefixAggregateFilter
        | SequencesRangeAggregateFilter
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        or_ = []
        for or_item_data in self.or_:
            or_item: dict[str, Any]
            or_item = or_item_data.to_dict()

            or_.append(or_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "or": or_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sequences_bool_aggregate_filter_and import SequencesBoolAggregateFilterAnd  # noqa: PLC0415
        from ..models.sequences_bool_aggregate_filter_not import SequencesBoolAggregateFilterNot  # noqa: PLC0415
        from ..models.sequences_in_aggregate_filter import SequencesInAggregateFilter  # noqa: PLC0415
        from ..models.sequences_prefix_aggregate_filter import SequencesPrefixAggregateFilter  # noqa: PLC0415
        from ..models.sequences_range_aggregate_filter import SequencesRangeAggregateFilter  # noqa: PLC0415

        d = dict(src_dict)
        or_ = []
        _or_ = d.pop("or")
        for or_item_data in _or_:

            def _parse_or_item(
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

            or_item = _parse_or_item(or_item_data)

            or_.append(or_item)

        sequences_bool_aggregate_filter_or = cls(
            or_=or_,
        )

        sequences_bool_aggregate_filter_or.additional_properties = d
        return sequences_bool_aggregate_filter_or
