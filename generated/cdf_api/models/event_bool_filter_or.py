from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.contains_all_filter import ContainsAllFilter
    from ..models.contains_any_filter import ContainsAnyFilter
    from ..models.equals_filter import EqualsFilter
    from ..models.event_bool_filter_and import EventBoolFilterAnd
    from ..models.event_bool_filter_not import EventBoolFilterNot
    from ..models.exists_filter import ExistsFilter
    from ..models.generic_range_filter import GenericRangeFilter
    from ..models.in_filter import InFilter
    from ..models.prefix_filter import PrefixFilter
    from ..models.search_filter import SearchFilter


T = TypeVar("T", bound="EventBoolFilterOr")


@_attrs_define
class EventBoolFilterOr(AdditionalProperties):
    """
    Attributes:
        or_ (list[ContainsAllFilter | ContainsAnyFilter | EqualsFilter | EventBoolFilterAnd | EventBoolFilterNot |
            EventBoolFilterOr | ExistsFilter | GenericRangeFilter | InFilter | PrefixFilter | SearchFilter]): At least one
            of the sub-clauses in the query must appear in matching items.
    """

    _FIT = {
        "or": (
            "l",
            (
                "u",
                (
                    ("m", "EventBoolFilterAnd"),
                    ("m", "EventBoolFilterOr"),
                    ("m", "EventBoolFilterNot"),
                    ("m", "EqualsFilter"),
                    ("m", "InFilter"),
                    ("m", "GenericRangeFilter"),
                    ("m", "PrefixFilter"),
                    ("m", "ExistsFilter"),
                    ("m", "ContainsAnyFilter"),
                    ("m", "ContainsAllFilter"),
                    ("m", "SearchFilter"),
                ),
            ),
        )
    }
    _REQUIRED = ("or",)

    or_: list[
        ContainsAllFilter
        | ContainsAnyFilter
        | EqualsFilter
        | EventBoolFilterAnd
        | EventBoolFilterNot
        | EventBoolFilterOr
        | ExistsFilter
        | GenericRangeFilter
        | InFilter
        | PrefixFilter
        | SearchFilter
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
        from ..models.contains_all_filter import ContainsAllFilter  # noqa: PLC0415
        from ..models.contains_any_filter import ContainsAnyFilter  # noqa: PLC0415
        from ..models.equals_filter import EqualsFilter  # noqa: PLC0415
        from ..models.event_bool_filter_and import EventBoolFilterAnd  # noqa: PLC0415
        from ..models.event_bool_filter_not import EventBoolFilterNot  # noqa: PLC0415
        from ..models.exists_filter import ExistsFilter  # noqa: PLC0415
        from ..models.generic_range_filter import GenericRangeFilter  # noqa: PLC0415
        from ..models.in_filter import InFilter  # noqa: PLC0415
        from ..models.prefix_filter import PrefixFilter  # noqa: PLC0415
        from ..models.search_filter import SearchFilter  # noqa: PLC0415

        d = dict(src_dict)
        or_ = []
        _or_ = d.pop("or")
        for or_item_data in _or_:

            def _parse_or_item(
                data: object,
            ) -> (
                ContainsAllFilter
                | ContainsAnyFilter
                | EqualsFilter
                | EventBoolFilterAnd
                | EventBoolFilterNot
                | EventBoolFilterOr
                | ExistsFilter
                | GenericRangeFilter
                | InFilter
                | PrefixFilter
                | SearchFilter
            ):
                return parse_best(
                    data,
                    (
                        EventBoolFilterAnd,
                        EventBoolFilterOr,
                        EventBoolFilterNot,
                        EqualsFilter,
                        InFilter,
                        GenericRangeFilter,
                        PrefixFilter,
                        ExistsFilter,
                        ContainsAnyFilter,
                        ContainsAllFilter,
                        SearchFilter,
                    ),
                )

            or_item = _parse_or_item(or_item_data)

            or_.append(or_item)

        event_bool_filter_or = cls(
            or_=or_,
        )

        event_bool_filter_or.additional_properties = d
        return event_bool_filter_or
