from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="MovingFunctionAggregateResultIla")


@_attrs_define
class MovingFunctionAggregateResultIla(AdditionalProperties):
    """
    Attributes:
        fn_value (float): The moving function value from the parent histogram aggregate buckets data
            located by the specified in the request buckets path.
             Example: 42.7.
    """

    _FIT = {"fnValue": "n"}
    _REQUIRED = ("fnValue",)

    fn_value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fn_value = self.fn_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fnValue": fn_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fn_value = d.pop("fnValue")

        moving_function_aggregate_result_ila = cls(
            fn_value=fn_value,
        )

        moving_function_aggregate_result_ila.additional_properties = d
        return moving_function_aggregate_result_ila
