from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="MaxAggregateResult")


@_attrs_define
class MaxAggregateResult(AdditionalProperties):
    """
    Attributes:
        max_ (float): The highest - max - value for the specified in the request property. Example: 42.7.
    """

    _FIT = {"max": "n"}
    _REQUIRED = ("max",)

    max_: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_ = self.max_

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
        d = dict(src_dict)
        max_ = d.pop("max")

        max_aggregate_result = cls(
            max_=max_,
        )

        max_aggregate_result.additional_properties = d
        return max_aggregate_result
