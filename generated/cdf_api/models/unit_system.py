from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.unit_system_quantity import UnitSystemQuantity


T = TypeVar("T", bound="UnitSystem")


@_attrs_define
class UnitSystem(AdditionalProperties):
    """Unit System: A set of default units designated per quantity.

    An example being:

    - SI: Temperature in Kelvin, Pressure in Pa

    - SI (Engineering): Temperature in degrees Celsius, Pressure in bar

    - Imperial: Temperature in degrees Fahrenheit, Pressure in psi

        Attributes:
            name (str): Name of the unit system Example: SI.
            quantities (list[UnitSystemQuantity]): List of quantities and their default units Example: [{'name':
                'Temperature', 'unitExternalId': 'temperature:deg_c'}].
    """

    _FIT = {"name": "s", "quantities": ("l", ("m", "UnitSystemQuantity"))}
    _REQUIRED = ("name", "quantities")

    name: str
    quantities: list[UnitSystemQuantity]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        quantities = []
        for quantities_item_data in self.quantities:
            quantities_item = quantities_item_data.to_dict()
            quantities.append(quantities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "quantities": quantities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit_system_quantity import UnitSystemQuantity  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        quantities = []
        _quantities = d.pop("quantities")
        for quantities_item_data in _quantities:
            quantities_item = UnitSystemQuantity.from_dict(quantities_item_data)

            quantities.append(quantities_item)

        unit_system = cls(
            name=name,
            quantities=quantities,
        )

        unit_system.additional_properties = d
        return unit_system
