from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.min_aggregate_function_v3_min import MinAggregateFunctionV3Min


T = TypeVar("T", bound="MinAggregateFunctionV3")


@_attrs_define
class MinAggregateFunctionV3(AdditionalProperties):
    """The function will calculate, and return, the lowest - min - value for a property.

    Attributes:
        min_ (MinAggregateFunctionV3Min):
    """

    _FIT = {"min": ("m", "MinAggregateFunctionV3Min")}
    _REQUIRED = ("min",)

    min_: MinAggregateFunctionV3Min
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_ = self.min_.to_dict()

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
        from ..models.min_aggregate_function_v3_min import MinAggregateFunctionV3Min  # noqa: PLC0415

        d = dict(src_dict)
        min_ = MinAggregateFunctionV3Min.from_dict(d.pop("min"))

        min_aggregate_function_v3 = cls(
            min_=min_,
        )

        min_aggregate_function_v3.additional_properties = d
        return min_aggregate_function_v3
