from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simulation_value_type import SimulationValueType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.simulation_value_unit import SimulationValueUnit
    from ..models.simulator_object_ref import SimulatorObjectRef


T = TypeVar("T", bound="SimulationValue")


@_attrs_define
class SimulationValue(AdditionalProperties):
    """
    Attributes:
        reference_id (str): Reference id of the value
        value (float | list[float] | list[str] | str): Value used for simulation. Can be string, double, array of
            strings or array of doubles. Maximum length is 1024 for strings and 1000 for arrays.
        value_type (SimulationValueType):
        unit (SimulationValueUnit | Unset):
        simulator_object_reference (SimulatorObjectRef | Unset):
        timeseries_external_id (str | Unset): External id of the time series where the value was written to
        overridden (bool | Unset): Whether the value was overridden by for this simulation run or used directly from the
            routine configuration
    """

    _FIT = {
        "referenceId": "s",
        "value": ("u", ("s", "n", ("l", "s"), ("l", "n"))),
        "valueType": "s",
        "unit": ("m", "SimulationValueUnit"),
        "simulatorObjectReference": ("m", "SimulatorObjectRef"),
        "timeseriesExternalId": "s",
        "overridden": "b",
    }
    _REQUIRED = ("referenceId", "value", "valueType")

    reference_id: str
    value: float | list[float] | list[str] | str
    value_type: SimulationValueType
    unit: SimulationValueUnit | Unset = UNSET
    simulator_object_reference: SimulatorObjectRef | Unset = UNSET
    timeseries_external_id: str | Unset = UNSET
    overridden: bool | Unset = UNSET
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

        value_type = self.value_type.value

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.to_dict()

        simulator_object_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.simulator_object_reference, Unset):
            simulator_object_reference = self.simulator_object_reference.to_dict()

        timeseries_external_id = self.timeseries_external_id

        overridden = self.overridden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referenceId": reference_id,
                "value": value,
                "valueType": value_type,
            }
        )
        if unit is not UNSET:
            field_dict["unit"] = unit
        if simulator_object_reference is not UNSET:
            field_dict["simulatorObjectReference"] = simulator_object_reference
        if timeseries_external_id is not UNSET:
            field_dict["timeseriesExternalId"] = timeseries_external_id
        if overridden is not UNSET:
            field_dict["overridden"] = overridden

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulation_value_unit import SimulationValueUnit  # noqa: PLC0415
        from ..models.simulator_object_ref import SimulatorObjectRef  # noqa: PLC0415

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

        value_type = SimulationValueType(d.pop("valueType"))

        _unit = d.pop("unit", UNSET)
        unit: SimulationValueUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = SimulationValueUnit.from_dict(_unit)

        _simulator_object_reference = d.pop("simulatorObjectReference", UNSET)
        simulator_object_reference: SimulatorObjectRef | Unset
        if isinstance(_simulator_object_reference, Unset):
            simulator_object_reference = UNSET
        else:
            simulator_object_reference = SimulatorObjectRef.from_dict(_simulator_object_reference)

        timeseries_external_id = d.pop("timeseriesExternalId", UNSET)

        overridden = d.pop("overridden", UNSET)

        simulation_value = cls(
            reference_id=reference_id,
            value=value,
            value_type=value_type,
            unit=unit,
            simulator_object_reference=simulator_object_reference,
            timeseries_external_id=timeseries_external_id,
            overridden=overridden,
        )

        simulation_value.additional_properties = d
        return simulation_value
