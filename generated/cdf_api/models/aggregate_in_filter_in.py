from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="AggregateInFilterIn")


@_attrs_define
class AggregateInFilterIn(AdditionalProperties):
    """Matches items where the given property is **exactly** equal to one of the given values. This filter can only be
    applied to single-valued properties.

        Attributes:
            values (list[bool | float | int | str]): One or more values you wish to find in the provided property.
    """

    _FIT = {"values": ("l", ("u", ("s", "n", "i", "b")))}
    _REQUIRED = ("values",)

    values: list[bool | float | int | str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values = []
        for componentsschemas_values_item_data in self.values:
            componentsschemas_values_item: bool | float | int | str
            componentsschemas_values_item = componentsschemas_values_item_data
            values.append(componentsschemas_values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        values = []
        _values = d.pop("values")
        for componentsschemas_values_item_data in _values:

            def _parse_componentsschemas_values_item(data: object) -> bool | float | int | str:
                return cast(bool | float | int | str, data)

            componentsschemas_values_item = _parse_componentsschemas_values_item(componentsschemas_values_item_data)

            values.append(componentsschemas_values_item)

        aggregate_in_filter_in = cls(
            values=values,
        )

        aggregate_in_filter_in.additional_properties = d
        return aggregate_in_filter_in
