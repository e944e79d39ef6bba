from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="MinAggregateResultIla")


@_attrs_define
class MinAggregateResultIla(AdditionalProperties):
    """
    Attributes:
        min_ (float): The lowest - min - value for the specified in the request property.
             Example: 13.42.
    """

    _FIT = {"min": "n"}
    _REQUIRED = ("min",)

    min_: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_ = self.min_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "min": min_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_ = d.pop("min")

        min_aggregate_result_ila = cls(
            min_=min_,
        )

        min_aggregate_result_ila.additional_properties = d
        return min_aggregate_result_ila
