from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
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


T = TypeVar("T", bound="SequencesBoolFilterAnd")


@_attrs_define
class SequencesBoolFilterAnd(AdditionalProperties):
    """
    Attributes:
        and_ (list[SequencesBoolFilterAnd | SequencesBoolFilterNot | SequencesBoolFilterOr | SequencesContainsAllFilter
            | SequencesContainsAnyFilter | SequencesEqualsFilter | SequencesExistsFilter | SequencesInFilter |
            SequencesPrefixFilter | SequencesRangeFilter | SequencesSearchFilter]): All of the sub-clauses in the query must
            appear in matching items.
    """

    _FIT = {
        "and": (
            "l",
            (
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
        )
    }
    _REQUIRED = ("and",)

    and_: list[
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

        d = dict(src_dict)
        and_ = []
        _and_ = d.pop("and")
        for and_item_data in _and_:

            def _parse_and_item(
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

            and_item = _parse_and_item(and_item_data)

            and_.append(and_item)

        sequences_bool_filter_and = cls(
            and_=and_,
        )

        sequences_bool_filter_and.additional_properties = d
        return sequences_bool_filter_and
