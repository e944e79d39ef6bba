from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import best_first

if TYPE_CHECKING:
    from ..models.sequences_bool_aggregate_filter_not import SequencesBoolAggregateFilterNot
    from ..models.sequences_bool_aggregate_filter_or import SequencesBoolAggregateFilterOr
    from ..models.sequences_in_aggregate_filter import SequencesInAggregateFilter
    from ..models.sequences_prefix_aggregate_filter import SequencesPrefixAggregateFilter
    from ..models.sequences_range_aggregate_filter import SequencesRangeAggregateFilter


T = TypeVar("T", bound="SequencesBoolAggregateFilterAnd")


@_attrs_define
class SequencesBoolAggregateFilterAnd:
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
        from ..models.sequences_bool_aggregate_filter_not import SequencesBoolAggregateFilterNot  # noqa: PLC0415
        from ..models.sequences_bool_aggregate_filter_or import SequencesBoolAggregateFilterOr  # noqa: PLC0415
        from ..models.sequences_in_aggregate_filter import SequencesInAggregateFilter  # noqa: PLC0415
        from ..models.sequences_range_aggregate_filter import SequencesRangeAggregateFilter  # noqa: PLC0415

        and_ = []
        for and_item_data in self.and_:
            and_item: dict[str, Any]
            if isinstance(and_item_data, SequencesBoolAggregateFilterAnd):
                and_item = and_item_data.to_dict()
            elif isinstance(and_item_data, SequencesBoolAggregateFilterOr):
                and_item = and_item_data.to_dict()
            elif isinstance(and_item_data, SequencesBoolAggregateFilterNot):
                and_item = and_item_data.to_dict()
            elif isinstance(and_item_data, SequencesInAggregateFilter):
                and_item = and_item_data.to_dict()
            elif isinstance(and_item_data, SequencesRangeAggregateFilter):
                and_item = and_item_data.to_dict()
            else:
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
                if isinstance(data, dict):
                    _ranked = best_first(
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
                    for _cls in _ranked[:-1]:
                        try:
                            return _cls.from_dict(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    return _ranked[-1].from_dict(data)
                raise TypeError(f"expected an object, got {type(data).__name__}")

            and_item = _parse_and_item(and_item_data)

            and_.append(and_item)

        sequences_bool_aggregate_filter_and = cls(
            and_=and_,
        )

        sequences_bool_aggregate_filter_and.additional_properties = d
        return sequences_bool_aggregate_filter_and

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
