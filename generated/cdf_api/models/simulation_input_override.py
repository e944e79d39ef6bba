from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.simulation_value_unit_name import SimulationValueUnitName


T = TypeVar("T", bound="SimulationInputOverride")


@_attrs_define
class SimulationInputOverride(AdditionalProperties):
    """
    Attributes:
        reference_id (str): Reference id of the value to override
        value (float | list[float] | list[str] | str): Override the value used for simulation run
        unit (SimulationValueUnitName | Unset):
    """

    _FIT = {
        "referenceId": "s",
        "value": ("u", ("s", "n", ("l", "s"), ("l", "n"))),
        "unit": ("m", "SimulationValueUnitName"),
    }
    _REQUIRED = ("referenceId", "value")

    reference_id: str
    value: float | list[float] | list[str] | str
    unit: SimulationValueUnitName | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_id = self.reference_id

        value: float | list[float] | list[str] | str
        if isinstance(self.value, list):
            value = self.value

        elif isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referenceId": reference_id,
                "value": value,
            }
        )
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulation_value_unit_name import SimulationValueUnitName  # noqa: PLC0415

        d = dict(src_dict)
        reference_id = d.pop("referenceId")

        def _parse_value(data: object) -> float | list[float] | list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_2 = cast(list[str], data)

                return value_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_3 = cast(list[float], data)

                return value_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | list[float] | list[str] | str, data)

        value = _parse_value(d.pop("value"))

        _unit = d.pop("unit", UNSET)
        unit: SimulationValueUnitName | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = SimulationValueUnitName.from_dict(_unit)

        simulation_input_override = cls(
            reference_id=reference_id,
            value=value,
            unit=unit,
        )

        simulation_input_override.additional_properties = d
        return simulation_input_override
