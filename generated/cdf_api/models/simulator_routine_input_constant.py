from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simulation_value_type import SimulationValueType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.simulation_value_unit_input import SimulationValueUnitInput


T = TypeVar("T", bound="SimulatorRoutineInputConstant")


@_attrs_define
class SimulatorRoutineInputConstant(AdditionalProperties):
    """
    Attributes:
        name (str): Constant name.
        reference_id (str): A unique id of the input to be used in the routine.
        value (float | list[float] | list[str] | str): Constant value. For the list, the maximum length is 1000, and the
            minimum length is 1.
        value_type (SimulationValueType | Unset):
        unit (SimulationValueUnitInput | Unset):
        save_timeseries_external_id (str | Unset): Time series external ID to use when saving the input sample in CDF.
    """

    _FIT = {
        "name": "s",
        "referenceId": "s",
        "value": ("u", ("s", "n", ("l", "s"), ("l", "n"))),
        "valueType": "s",
        "unit": ("m", "SimulationValueUnitInput"),
        "saveTimeseriesExternalId": "s",
    }
    _REQUIRED = ("name", "referenceId", "value")

    name: str
    reference_id: str
    value: float | list[float] | list[str] | str
    value_type: SimulationValueType | Unset = UNSET
    unit: SimulationValueUnitInput | Unset = UNSET
    save_timeseries_external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        reference_id = self.reference_id

        value: float | list[float] | list[str] | str
        if isinstance(self.value, list):
            value = self.value

        elif isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        value_type: str | Unset = UNSET
        if not isinstance(self.value_type, Unset):
            value_type = self.value_type.value

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.to_dict()

        save_timeseries_external_id = self.save_timeseries_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "referenceId": reference_id,
                "value": value,
            }
        )
        if value_type is not UNSET:
            field_dict["valueType"] = value_type
        if unit is not UNSET:
            field_dict["unit"] = unit
        if save_timeseries_external_id is not UNSET:
            field_dict["saveTimeseriesExternalId"] = save_timeseries_external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulation_value_unit_input import SimulationValueUnitInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

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

        _value_type = d.pop("valueType", UNSET)
        value_type: SimulationValueType | Unset
        if isinstance(_value_type, Unset):
            value_type = UNSET
        else:
            value_type = SimulationValueType(_value_type)

        _unit = d.pop("unit", UNSET)
        unit: SimulationValueUnitInput | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = SimulationValueUnitInput.from_dict(_unit)

        save_timeseries_external_id = d.pop("saveTimeseriesExternalId", UNSET)

        simulator_routine_input_constant = cls(
            name=name,
            reference_id=reference_id,
            value=value,
            value_type=value_type,
            unit=unit,
            save_timeseries_external_id=save_timeseries_external_id,
        )

        simulator_routine_input_constant.additional_properties = d
        return simulator_routine_input_constant
