from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.avg_aggregate_avg import AvgAggregateAvg


T = TypeVar("T", bound="AvgAggregate")


@_attrs_define
class AvgAggregate(AdditionalProperties):
    """
    Attributes:
        avg (AvgAggregateAvg): Calculates the average from the data stored by the specified property. This aggregation
            uses an average mean calculation, and not an integral mean.
    """

    _FIT = {"avg": ("m", "AvgAggregateAvg")}
    _REQUIRED = ("avg",)

    avg: AvgAggregateAvg
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg = self.avg.to_dict()

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
        from ..models.avg_aggregate_avg import AvgAggregateAvg  # noqa: PLC0415

        d = dict(src_dict)
        avg = AvgAggregateAvg.from_dict(d.pop("avg"))

        avg_aggregate = cls(
            avg=avg,
        )

        avg_aggregate.additional_properties = d
        return avg_aggregate
