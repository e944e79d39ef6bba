from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.max_aggregate_max import MaxAggregateMax


T = TypeVar("T", bound="MaxAggregate")


@_attrs_define
class MaxAggregate(AdditionalProperties):
    """
    Attributes:
        max_ (MaxAggregateMax): The function will calculate, and return, the highest - max - value for the property.
    """

    _FIT = {"max": ("m", "MaxAggregateMax")}
    _REQUIRED = ("max",)

    max_: MaxAggregateMax
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_ = self.max_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max": max_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.max_aggregate_max import MaxAggregateMax  # noqa: PLC0415

        d = dict(src_dict)
        max_ = MaxAggregateMax.from_dict(d.pop("max"))

        max_aggregate = cls(
            max_=max_,
        )

        max_aggregate.additional_properties = d
        return max_aggregate
