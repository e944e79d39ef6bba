from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.sequences_bool_filter_and import SequencesBoolFilterAnd
    from ..models.sequences_bool_filter_not import SequencesBoolFilterNot
    from ..models.sequences_contains_all_filter import SequencesContainsAllFilter
    from ..models.sequences_contains_any_filter import SequencesContainsAnyFilter
    from ..models.sequences_equals_filter import SequencesEqualsFilter
    from ..models.sequences_exists_filter import SequencesExistsFilter
    from ..models.sequences_in_filter import SequencesInFilter
    from ..models.sequences_prefix_filter import SequencesPrefixFilter
    from ..models.sequences_range_filter import SequencesRangeFilter
    from ..models.sequences_search_filter import SequencesSearchFilter


T = TypeVar("T", bound="SequencesBoolFilterOr")


@_attrs_define
class SequencesBoolFilterOr(AdditionalProperties):
    """
    Attributes:
        or_ (list[SequencesBoolFilterAnd | SequencesBoolFilterNot | SequencesBoolFilterOr | SequencesContainsAllFilter |
            SequencesContainsAnyFilter | SequencesEqualsFilter | SequencesExistsFilter | SequencesInFilter |
            SequencesPrefixFilter | SequencesRangeFilter | SequencesSearchFilter]): At least one of the sub-clauses in the
            query must appear in matching items.
    """

    _FIT = {
        "or": (
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
    _REQUIRED = ("or",)

    or_: list[
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
        from ..models.sequences_bool_filter_and import SequencesBoolFilterAnd  # noqa: PLC0415
        from ..models.sequences_bool_filter_not import SequencesBoolFilterNot  # noqa: PLC0415
        from ..models.sequences_contains_all_filter import SequencesContainsAllFilter  # noqa: PLC0415
        from ..models.sequences_contains_any_filter import SequencesContainsAnyFilter  # noqa: PLC0415
        from ..models.sequences_equals_filter import SequencesEqualsFilter  # noqa: PLC0415
        from ..models.sequences_exists_filter import SequencesExistsFilter  # noqa: PLC0415
        from ..models.sequences_in_filter import SequencesInFilter  # noqa: PLC0415
        from ..models.sequences_prefix_filter import SequencesPrefixFilter  # noqa: PLC0415
        from ..models.sequences_range_filter import SequencesRangeFilter  # noqa: PLC0415
        from ..models.sequences_search_filter import SequencesSearchFilter  # noqa: PLC0415

        d = dict(src_dict)
        or_ = []
        _or_ = d.pop("or")
        for or_item_data in _or_:

            def _parse_or_item(
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

            or_item = _parse_or_item(or_item_data)

            or_.append(or_item)

        sequences_bool_filter_or = cls(
            or_=or_,
        )

        sequences_bool_filter_or.additional_properties = d
        return sequences_bool_filter_or
