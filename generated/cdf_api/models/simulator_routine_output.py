from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simulation_value_type import SimulationValueType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.simulation_value_unit_input import SimulationValueUnitInput


T = TypeVar("T", bound="SimulatorRoutineOutput")


@_attrs_define
class SimulatorRoutineOutput(AdditionalProperties):
    """
    Attributes:
        name (str): Output name.
        reference_id (str): A unique identifier of the output in a given routine.
        unit (SimulationValueUnitInput | Unset):
        value_type (SimulationValueType | Unset):
        save_timeseries_external_id (str | Unset): External id of the output time series.
    """

    _FIT = {
        "name": "s",
        "referenceId": "s",
        "unit": ("m", "SimulationValueUnitInput"),
        "valueType": "s",
        "saveTimeseriesExternalId": "s",
    }
    _REQUIRED = ("name", "referenceId")

    name: str
    reference_id: str
    unit: SimulationValueUnitInput | Unset = UNSET
    value_type: SimulationValueType | Unset = UNSET
    save_timeseries_external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        reference_id = self.reference_id

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.to_dict()

        value_type: str | Unset = UNSET
        if not isinstance(self.value_type, Unset):
            value_type = self.value_type.value

        save_timeseries_external_id = self.save_timeseries_external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "referenceId": reference_id,
            }
        )
        if unit is not UNSET:
            field_dict["unit"] = unit
        if value_type is not UNSET:
            field_dict["valueType"] = value_type
        if save_timeseries_external_id is not UNSET:
            field_dict["saveTimeseriesExternalId"] = save_timeseries_external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulation_value_unit_input import SimulationValueUnitInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        reference_id = d.pop("referenceId")

        _unit = d.pop("unit", UNSET)
        unit: SimulationValueUnitInput | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = SimulationValueUnitInput.from_dict(_unit)

        _value_type = d.pop("valueType", UNSET)
        value_type: SimulationValueType | Unset
        if isinstance(_value_type, Unset):
            value_type = UNSET
        else:
            value_type = SimulationValueType(_value_type)

        save_timeseries_external_id = d.pop("saveTimeseriesExternalId", UNSET)

        simulator_routine_output = cls(
            name=name,
            reference_id=reference_id,
            unit=unit,
            value_type=value_type,
            save_timeseries_external_id=save_timeseries_external_id,
        )

        simulator_routine_output.additional_properties = d
        return simulator_routine_output
