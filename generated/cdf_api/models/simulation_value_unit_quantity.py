from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SimulationValueUnitQuantity")


@_attrs_define
class SimulationValueUnitQuantity(AdditionalProperties):
    """
    Attributes:
        name (str): Name of the unit
        external_id (str | Unset): External id of the unit
        quantity (str | Unset): Quantity of measure for the unit
    """

    _FIT = {"name": "s", "externalId": "s", "quantity": "s"}
    _REQUIRED = ("name",)

    name: str
    external_id: str | Unset = UNSET
    quantity: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        external_id = self.external_id

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        external_id = d.pop("externalId", UNSET)

        quantity = d.pop("quantity", UNSET)

        simulation_value_unit_quantity = cls(
            name=name,
            external_id=external_id,
            quantity=quantity,
        )

        simulation_value_unit_quantity.additional_properties = d
        return simulation_value_unit_quantity
