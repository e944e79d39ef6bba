from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="DataSetAggregate")


@_attrs_define
class DataSetAggregate(AdditionalProperties):
    """Aggregation group of data sets

    Attributes:
        count (int): Size of the aggregation group
    """

    _FIT = {"count": "i"}
    _REQUIRED = ("count",)

    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        data_set_aggregate = cls(
            count=count,
        )

        data_set_aggregate.additional_properties = d
        return data_set_aggregate
