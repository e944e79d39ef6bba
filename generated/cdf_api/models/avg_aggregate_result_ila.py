from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="AvgAggregateResultIla")


@_attrs_define
class AvgAggregateResultIla(AdditionalProperties):
    """
    Attributes:
        avg (float): The average value from the data stored by the specified in the request property.
             Example: 42.7.
    """

    _FIT = {"avg": "n"}
    _REQUIRED = ("avg",)

    avg: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg = self.avg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avg": avg,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avg = d.pop("avg")

        avg_aggregate_result_ila = cls(
            avg=avg,
        )

        avg_aggregate_result_ila.additional_properties = d
        return avg_aggregate_result_ila
