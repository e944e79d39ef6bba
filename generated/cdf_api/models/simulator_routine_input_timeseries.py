from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_points_aggregate import DataPointsAggregate
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.simulation_value_unit_input import SimulationValueUnitInput


T = TypeVar("T", bound="SimulatorRoutineInputTimeseries")


@_attrs_define
class SimulatorRoutineInputTimeseries(AdditionalProperties):
    """
    Attributes:
        name (str): Input/output name.
        reference_id (str): A unique id of the input to be used in the routine.
        source_external_id (str): External id of the source time series to read from.
        aggregate (DataPointsAggregate | Unset):
        save_timeseries_external_id (str | Unset): Time series external ID to use when saving the input sample in CDF.
        unit (SimulationValueUnitInput | Unset):
    """

    _FIT = {
        "name": "s",
        "referenceId": "s",
        "sourceExternalId": "s",
        "aggregate": "s",
        "saveTimeseriesExternalId": "s",
        "unit": ("m", "SimulationValueUnitInput"),
    }
    _REQUIRED = ("name", "referenceId", "sourceExternalId")

    name: str
    reference_id: str
    source_external_id: str
    aggregate: DataPointsAggregate | Unset = UNSET
    save_timeseries_external_id: str | Unset = UNSET
    unit: SimulationValueUnitInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        reference_id = self.reference_id

        source_external_id = self.source_external_id

        aggregate: str | Unset = UNSET
        if not isinstance(self.aggregate, Unset):
            aggregate = self.aggregate.value

        save_timeseries_external_id = self.save_timeseries_external_id

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "referenceId": reference_id,
                "sourceExternalId": source_external_id,
            }
        )
        if aggregate is not UNSET:
            field_dict["aggregate"] = aggregate
        if save_timeseries_external_id is not UNSET:
            field_dict["saveTimeseriesExternalId"] = save_timeseries_external_id
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulation_value_unit_input import SimulationValueUnitInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        reference_id = d.pop("referenceId")

        source_external_id = d.pop("sourceExternalId")

        _aggregate = d.pop("aggregate", UNSET)
        aggregate: DataPointsAggregate | Unset
        if isinstance(_aggregate, Unset):
            aggregate = UNSET
        else:
            aggregate = DataPointsAggregate(_aggregate)

        save_timeseries_external_id = d.pop("saveTimeseriesExternalId", UNSET)

        _unit = d.pop("unit", UNSET)
        unit: SimulationValueUnitInput | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = SimulationValueUnitInput.from_dict(_unit)

        simulator_routine_input_timeseries = cls(
            name=name,
            reference_id=reference_id,
            source_external_id=source_external_id,
            aggregate=aggregate,
            save_timeseries_external_id=save_timeseries_external_id,
            unit=unit,
        )

        simulator_routine_input_timeseries.additional_properties = d
        return simulator_routine_input_timeseries
