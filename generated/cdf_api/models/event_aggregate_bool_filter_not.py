from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import best_first

if TYPE_CHECKING:
    from ..models.aggregate_in_filter import AggregateInFilter
    from ..models.aggregate_prefix_filter import AggregatePrefixFilter
    from ..models.aggregate_range_filter import AggregateRangeFilter
    from ..models.event_aggregate_bool_filter_and import EventAggregateBoolFilterAnd
    from ..models.event_aggregate_bool_filter_or import EventAggregateBoolFilterOr


T = TypeVar("T", bound="EventAggregateBoolFilterNot")


@_attrs_define
class EventAggregateBoolFilterNot:
    """
    Attributes:
        not_ (AggregateInFilter | AggregatePrefixFilter | AggregateRangeFilter | EventAggregateBoolFilterAnd |
            EventAggregateBoolFilterNot | EventAggregateBoolFilterOr): A filter DSL (Domain Specific Language) to define
            aggregate filter queries.

            See more information about filtering DSL [here](https://docs.cognite.com/dev/concepts/resource_filtering_dsl/
            "filtering DSL").
             Example: {'or': [{'not': {'and': [{'equals': {'value': 10}}, {'in': {'values': [11, 12]}}, {'range': {'gte':
            13, 'lt': 15}}]}}, {'and': [{'equals': {'value': 42}}]}]}.
    """

    _FIT = {
        "not": (
            "u",
            (
                ("m", "EventAggregateBoolFilterAnd"),
                ("m", "EventAggregateBoolFilterOr"),
                ("m", "EventAggregateBoolFilterNot"),
                ("m", "AggregateInFilter"),
                ("m", "AggregatePrefixFilter"),
                ("m", "AggregateRangeFilter"),
            ),
        )
    }
    _REQUIRED = ("not",)

    not_: (
        AggregateInFilter
        | AggregatePrefixFilter
        | AggregateRangeFilter
        | EventAggregateBoolFilterAnd
        | EventAggregateBoolFilterNot
        | EventAggregateBoolFilterOr
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.aggregate_in_filter import AggregateInFilter  # noqa: PLC0415
        from ..models.aggregate_prefix_filter import AggregatePrefixFilter  # noqa: PLC0415
        from ..models.event_aggregate_bool_filter_and import EventAggregateBoolFilterAnd  # noqa: PLC0415
        from ..models.event_aggregate_bool_filter_or import EventAggregateBoolFilterOr  # noqa: PLC0415

        not_: dict[str, Any]
        if isinstance(self.not_, EventAggregateBoolFilterAnd):
            not_ = self.not_.to_dict()
        elif isinstance(self.not_, EventAggregateBoolFilterOr):
            not_ = self.not_.to_dict()
        elif isinstance(self.not_, EventAggregateBoolFilterNot):
            not_ = self.not_.to_dict()
        elif isinstance(self.not_, AggregateInFilter):
            not_ = self.not_.to_dict()
        elif isinstance(self.not_, AggregatePrefixFilter):
            not_ = self.not_.to_dict()
        else:
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
        from ..models.aggregate_in_filter import AggregateInFilter  # noqa: PLC0415
        from ..models.aggregate_prefix_filter import AggregatePrefixFilter  # noqa: PLC0415
        from ..models.aggregate_range_filter import AggregateRangeFilter  # noqa: PLC0415
        from ..models.event_aggregate_bool_filter_and import EventAggregateBoolFilterAnd  # noqa: PLC0415
        from ..models.event_aggregate_bool_filter_or import EventAggregateBoolFilterOr  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_not_(
            data: object,
        ) -> (
            AggregateInFilter
            | AggregatePrefixFilter
            | AggregateRangeFilter
            | EventAggregateBoolFilterAnd
            | EventAggregateBoolFilterNot
            | EventAggregateBoolFilterOr
        ):
            if isinstance(data, dict):
                _ranked = best_first(
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
                for _cls in _ranked[:-1]:
                    try:
                        return _cls.from_dict(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                return _ranked[-1].from_dict(data)
            raise TypeError(f"expected an object, got {type(data).__name__}")

        not_ = _parse_not_(d.pop("not"))

        event_aggregate_bool_filter_not = cls(
            not_=not_,
        )

        event_aggregate_bool_filter_not.additional_properties = d
        return event_aggregate_bool_filter_not

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
