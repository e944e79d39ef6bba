from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.aggregate_in_filter_in import AggregateInFilterIn


T = TypeVar("T", bound="AggregateInFilter")


@_attrs_define
class AggregateInFilter(AdditionalProperties):
    """
    Attributes:
        in_ (AggregateInFilterIn): Matches items where the given property is **exactly** equal to one of the given
            values. This filter can only be applied to single-valued properties.
    """

    _FIT = {"in": ("m", "AggregateInFilterIn")}
    _REQUIRED = ("in",)

    in_: AggregateInFilterIn
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_ = self.in_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "in": in_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aggregate_in_filter_in import AggregateInFilterIn  # noqa: PLC0415

        d = dict(src_dict)
        in_ = AggregateInFilterIn.from_dict(d.pop("in"))

        aggregate_in_filter = cls(
            in_=in_,
        )

        aggregate_in_filter.additional_properties = d
        return aggregate_in_filter
