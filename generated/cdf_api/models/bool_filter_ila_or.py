from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties, parse_best

if TYPE_CHECKING:
    from ..models.bool_filter_ila_and import BoolFilterIlaAnd
    from ..models.bool_filter_ila_not import BoolFilterIlaNot
    from ..models.contains_all_filter_ila import ContainsAllFilterIla
    from ..models.contains_any_filter_ila import ContainsAnyFilterIla
    from ..models.equals_filter_ila import EqualsFilterIla
    from ..models.exists_filter_ila import ExistsFilterIla
    from ..models.has_data_filter_ila import HasDataFilterIla
    from ..models.in_filter_ila import InFilterIla
    from ..models.match_all_filter import MatchAllFilter
    from ..models.prefix_filter_ila import PrefixFilterIla
    from ..models.range_filter_ila import RangeFilterIla


T = TypeVar("T", bound="BoolFilterIlaOr")


@_attrs_define
class BoolFilterIlaOr(AdditionalProperties):
    """
    Attributes:
        or_ (list[BoolFilterIlaAnd | BoolFilterIlaNot | BoolFilterIlaOr | ContainsAllFilterIla | ContainsAnyFilterIla |
            EqualsFilterIla | ExistsFilterIla | HasDataFilterIla | InFilterIla | MatchAllFilter | PrefixFilterIla |
            RangeFilterIla]): One or more of the sub-clauses in the query must return a matching record.
    """

    _FIT = {
        "or": (
            "l",
            (
                "u",
                (
                    ("m", "BoolFilterIlaAnd"),
                    ("m", "BoolFilterIlaOr"),
                    ("m", "BoolFilterIlaNot"),
                    ("m", "MatchAllFilter"),
                    ("m", "ExistsFilterIla"),
                    ("m", "EqualsFilterIla"),
                    ("m", "HasDataFilterIla"),
                    ("m", "PrefixFilterIla"),
                    ("m", "RangeFilterIla"),
                    ("m", "InFilterIla"),
                    ("m", "ContainsAllFilterIla"),
                    ("m", "ContainsAnyFilterIla"),
                ),
            ),
        )
    }
    _REQUIRED = ("or",)

    or_: list[
        BoolFilterIlaAnd
        | BoolFilterIlaNot
        | BoolFilterIlaOr
        | ContainsAllFilterIla
        | ContainsAnyFilterIla
        | EqualsFilterIla
        | ExistsFilterIla
        | HasDataFilterIla
        | InFilterIla
        | MatchAllFilter
        | PrefixFilterIla
        | RangeFilterIla
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
        from ..models.bool_filter_ila_and import BoolFilterIlaAnd  # noqa: PLC0415
        from ..models.bool_filter_ila_not import BoolFilterIlaNot  # noqa: PLC0415
        from ..models.contains_all_filter_ila import ContainsAllFilterIla  # noqa: PLC0415
        from ..models.contains_any_filter_ila import ContainsAnyFilterIla  # noqa: PLC0415
        from ..models.equals_filter_ila import EqualsFilterIla  # noqa: PLC0415
        from ..models.exists_filter_ila import ExistsFilterIla  # noqa: PLC0415
        from ..models.has_data_filter_ila import HasDataFilterIla  # noqa: PLC0415
        from ..models.in_filter_ila import InFilterIla  # noqa: PLC0415
        from ..models.match_all_filter import MatchAllFilter  # noqa: PLC0415
        from ..models.prefix_filter_ila import PrefixFilterIla  # noqa: PLC0415
        from ..models.range_filter_ila import RangeFilterIla  # noqa: PLC0415

        d = dict(src_dict)
        or_ = []
        _or_ = d.pop("or")
        for or_item_data in _or_:

            def _parse_or_item(
                data: object,
            ) -> (
                BoolFilterIlaAnd
                | BoolFilterIlaNot
                | BoolFilterIlaOr
                | ContainsAllFilterIla
                | ContainsAnyFilterIla
                | EqualsFilterIla
                | ExistsFilterIla
                | HasDataFilterIla
                | InFilterIla
                | MatchAllFilter
                | PrefixFilterIla
                | RangeFilterIla
            ):
                return parse_best(
                    data,
                    (
                        BoolFilterIlaAnd,
                        BoolFilterIlaOr,
                        BoolFilterIlaNot,
                        MatchAllFilter,
                        ExistsFilterIla,
                        EqualsFilterIla,
                        HasDataFilterIla,
                        PrefixFilterIla,
                        RangeFilterIla,
                        InFilterIla,
                        ContainsAllFilterIla,
                        ContainsAnyFilterIla,
                    ),
                )

            or_item = _parse_or_item(or_item_data)

            or_.append(or_item)

        bool_filter_ila_or = cls(
            or_=or_,
        )

        bool_filter_ila_or.additional_properties = d
        return bool_filter_ila_or
