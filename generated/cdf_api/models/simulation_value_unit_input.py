from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="SimulationValueUnitInput")


@_attrs_define
class SimulationValueUnitInput(AdditionalProperties):
    """
    Attributes:
        name (str): Name of the unit
        quantity (str): Quantity of measure for the unit
    """

    _FIT = {"name": "s", "quantity": "s"}
    _REQUIRED = ("name", "quantity")

    name: str
    quantity: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        quantity = d.pop("quantity")

        simulation_value_unit_input = cls(
            name=name,
            quantity=quantity,
        )

        simulation_value_unit_input.additional_properties = d
        return simulation_value_unit_input
