from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.aggregate_in_filter import AggregateInFilter
    from ..models.aggregate_prefix_filter import AggregatePrefixFilter
    from ..models.aggregate_range_filter import AggregateRangeFilter
    from ..models.event_aggregate_bool_filter_and import EventAggregateBoolFilterAnd
    from ..models.event_aggregate_bool_filter_not import EventAggregateBoolFilterNot


T = TypeVar("T", bound="EventAggregateBoolFilterOr")


@_attrs_define
class EventAggregateBoolFilterOr(AdditionalProperties):
    """
    Attributes:
        or_ (list[AggregateInFilter | AggregatePrefixFilter | AggregateRangeFilter | EventAggregateBoolFilterAnd |
            EventAggregateBoolFilterNot | EventAggregateBoolFilterOr]): At least one of the sub-clauses in the query must
            appear in matching items.
    """

    _FIT = {
        "or": (
            "l",
            (
                "u",
                (
                    ("m", "EventAggregateBoolFilterAnd"),
                    ("m", "EventAggregateBoolFilterOr"),
                    ("m", "EventAggregateBoolFilterNot"),
                    ("m", "AggregateInFilter"),
                    ("m", "AggregatePrefixFilter"),
                    ("m", "AggregateRangeFilter"),
                ),
            ),
        )
    }
    _REQUIRED = ("or",)

    or_: list[
        AggregateInFilter
        | AggregatePrefixFilter
        | AggregateRangeFilter
        | EventAggregateBoolFilterAnd
        | EventAggregateBoolFilterNot
        | EventAggregateBoolFilterOr
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
        from ..models.aggregate_in_filter import AggregateInFilter  # noqa: PLC0415
        from ..models.aggregate_prefix_filter import AggregatePrefixFilter  # noqa: PLC0415
        from ..models.aggregate_range_filter import AggregateRangeFilter  # noqa: PLC0415
        from ..models.event_aggregate_bool_filter_and import EventAggregateBoolFilterAnd  # noqa: PLC0415
        from ..models.event_aggregate_bool_filter_not import EventAggregateBoolFilterNot  # noqa: PLC0415

        d = dict(src_dict)
        or_ = []
        _or_ = d.pop("or")
        for or_item_data in _or_:

            def _parse_or_item(
                data: object,
            ) -> (
                AggregateInFilter
                | AggregatePrefixFilter
                | AggregateRangeFilter
                | EventAggregateBoolFilterAnd
                | EventAggregateBoolFilterNot
                | EventAggregateBoolFilterOr
            ):
                return parse_best(
                    data,
                    (
                        EventAggregateBoolFilterAnd,
                        EventAggregateBoolFilterOr,
                        EventAggregateBoolFilterNot,
                        AggregateInFilter,
                        AggregatePrefixFilter,
                        AggregateRangeFilter,
                    ),
                )

            or_item = _parse_or_item(or_item_data)

            or_.append(or_item)

        event_aggregate_bool_filter_or = cls(
            or_=or_,
        )

        event_aggregate_bool_filter_or.additional_properties = d
        return event_aggregate_bool_filter_or
