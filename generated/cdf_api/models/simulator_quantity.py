from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.simulator_unit_entry import SimulatorUnitEntry


T = TypeVar("T", bound="SimulatorQuantity")


@_attrs_define
class SimulatorQuantity(AdditionalProperties):
    """
    Attributes:
        name (str): Name of the quantity
        label (str): Label of the quantity. For display purposes
        units (list[SimulatorUnitEntry]): Units of measure supported by the simulator for the given quantity
    """

    _FIT = {"name": "s", "label": "s", "units": ("l", ("m", "SimulatorUnitEntry"))}
    _REQUIRED = ("name", "label", "units")

    name: str
    label: str
    units: list[SimulatorUnitEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        label = self.label

        units = []
        for units_item_data in self.units:
            units_item = units_item_data.to_dict()
            units.append(units_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "label": label,
                "units": units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulator_unit_entry import SimulatorUnitEntry  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        label = d.pop("label")

        units = []
        _units = d.pop("units")
        for units_item_data in _units:
            units_item = SimulatorUnitEntry.from_dict(units_item_data)

            units.append(units_item)

        simulator_quantity = cls(
            name=name,
            label=label,
            units=units,
        )

        simulator_quantity.additional_properties = d
        return simulator_quantity
