from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AggregateIntegerValues")


@_attrs_define
class AggregateIntegerValues(AdditionalProperties):
    """
    Attributes:
        count (int): Number of items in this aggregation bucket.
        values (list[int]): An array of unique integer values in the property.
        value (int | Unset): A unique integer value in the field.
    """

    _FIT = {"count": "i", "values": ("l", "i"), "value": "i"}
    _REQUIRED = ("count", "values")

    count: int
    values: list[int]
    value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        values = self.values

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "values": values,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        values = cast(list[int], d.pop("values"))

        value = d.pop("value", UNSET)

        aggregate_integer_values = cls(
            count=count,
            values=values,
            value=value,
        )

        aggregate_integer_values.additional_properties = d
        return aggregate_integer_values
