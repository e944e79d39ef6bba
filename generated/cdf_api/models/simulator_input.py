from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.simulator_inputs_unit import SimulatorInputsUnit


T = TypeVar("T", bound="SimulatorInput")


@_attrs_define
class SimulatorInput(AdditionalProperties):
    """
    Attributes:
        reference_id (str): Reference id of the value to override
        value (float | list[float] | list[str] | str): Override the value used for a simulation run
        unit (None | SimulatorInputsUnit | Unset): Override the unit of the value
    """

    _FIT = {
        "referenceId": "s",
        "value": ("u", ("s", "n", ("l", "s"), ("l", "n"))),
        "unit": ("u", (("m", "SimulatorInputsUnit"), None)),
    }
    _REQUIRED = ("referenceId", "value")

    reference_id: str
    value: float | list[float] | list[str] | str
    unit: None | SimulatorInputsUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.simulator_inputs_unit import SimulatorInputsUnit  # noqa: PLC0415

        reference_id = self.reference_id

        value: float | list[float] | list[str] | str
        if isinstance(self.value, list):
            value = self.value

        elif isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        unit: dict[str, Any] | None | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        elif isinstance(self.unit, SimulatorInputsUnit):
            unit = self.unit.to_dict()
        else:
            unit = self.unit

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
        from ..models.simulator_inputs_unit import SimulatorInputsUnit  # noqa: PLC0415

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

        def _parse_unit(data: object) -> None | SimulatorInputsUnit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                unit_type_0 = SimulatorInputsUnit.from_dict(data)

                return unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SimulatorInputsUnit | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        simulator_input = cls(
            reference_id=reference_id,
            value=value,
            unit=unit,
        )

        simulator_input.additional_properties = d
        return simulator_input
