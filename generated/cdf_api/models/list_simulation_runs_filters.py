from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simulation_run_status import SimulationRunStatus
from ..models.simulation_run_type import SimulationRunType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.epoch_timestamp_range import EpochTimestampRange


T = TypeVar("T", bound="ListSimulationRunsFilters")


@_attrs_define
class ListSimulationRunsFilters(AdditionalProperties):
    """
    Attributes:
        status (SimulationRunStatus | Unset):
        run_type (SimulationRunType | Unset):
        simulator_integration_external_ids (list[str] | Unset): Filter by simulator integration external ids
        simulator_external_ids (list[str] | Unset): Filter by simulator external ids
        model_external_ids (list[str] | Unset): Filter by simulator model external ids
        routine_external_ids (list[str] | Unset): Filter by simulator routine external ids
        routine_revision_external_ids (list[str] | Unset): Filter by routine revision external ids
        model_revision_external_ids (list[str] | Unset): Filter by model revision external ids
        created_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
        simulation_time (EpochTimestampRange | Unset): Range between two timestamps (inclusive).
    """

    _FIT = {
        "status": "s",
        "runType": "s",
        "simulatorIntegrationExternalIds": ("l", "s"),
        "simulatorExternalIds": ("l", "s"),
        "modelExternalIds": ("l", "s"),
        "routineExternalIds": ("l", "s"),
        "routineRevisionExternalIds": ("l", "s"),
        "modelRevisionExternalIds": ("l", "s"),
        "createdTime": ("m", "EpochTimestampRange"),
        "simulationTime": ("m", "EpochTimestampRange"),
    }
    _REQUIRED = ()

    status: SimulationRunStatus | Unset = UNSET
    run_type: SimulationRunType | Unset = UNSET
    simulator_integration_external_ids: list[str] | Unset = UNSET
    simulator_external_ids: list[str] | Unset = UNSET
    model_external_ids: list[str] | Unset = UNSET
    routine_external_ids: list[str] | Unset = UNSET
    routine_revision_external_ids: list[str] | Unset = UNSET
    model_revision_external_ids: list[str] | Unset = UNSET
    created_time: EpochTimestampRange | Unset = UNSET
    simulation_time: EpochTimestampRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        run_type: str | Unset = UNSET
        if not isinstance(self.run_type, Unset):
            run_type = self.run_type.value

        simulator_integration_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.simulator_integration_external_ids, Unset):
            simulator_integration_external_ids = self.simulator_integration_external_ids

        simulator_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.simulator_external_ids, Unset):
            simulator_external_ids = self.simulator_external_ids

        model_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.model_external_ids, Unset):
            model_external_ids = self.model_external_ids

        routine_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.routine_external_ids, Unset):
            routine_external_ids = self.routine_external_ids

        routine_revision_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.routine_revision_external_ids, Unset):
            routine_revision_external_ids = self.routine_revision_external_ids

        model_revision_external_ids: list[str] | Unset = UNSET
        if not isinstance(self.model_revision_external_ids, Unset):
            model_revision_external_ids = self.model_revision_external_ids

        created_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.to_dict()

        simulation_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.simulation_time, Unset):
            simulation_time = self.simulation_time.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if run_type is not UNSET:
            field_dict["runType"] = run_type
        if simulator_integration_external_ids is not UNSET:
            field_dict["simulatorIntegrationExternalIds"] = simulator_integration_external_ids
        if simulator_external_ids is not UNSET:
            field_dict["simulatorExternalIds"] = simulator_external_ids
        if model_external_ids is not UNSET:
            field_dict["modelExternalIds"] = model_external_ids
        if routine_external_ids is not UNSET:
            field_dict["routineExternalIds"] = routine_external_ids
        if routine_revision_external_ids is not UNSET:
            field_dict["routineRevisionExternalIds"] = routine_revision_external_ids
        if model_revision_external_ids is not UNSET:
            field_dict["modelRevisionExternalIds"] = model_revision_external_ids
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if simulation_time is not UNSET:
            field_dict["simulationTime"] = simulation_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.epoch_timestamp_range import EpochTimestampRange  # noqa: PLC0415

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: SimulationRunStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SimulationRunStatus(_status)

        _run_type = d.pop("runType", UNSET)
        run_type: SimulationRunType | Unset
        if isinstance(_run_type, Unset):
            run_type = UNSET
        else:
            run_type = SimulationRunType(_run_type)

        simulator_integration_external_ids = cast(list[str], d.pop("simulatorIntegrationExternalIds", UNSET))

        simulator_external_ids = cast(list[str], d.pop("simulatorExternalIds", UNSET))

        model_external_ids = cast(list[str], d.pop("modelExternalIds", UNSET))

        routine_external_ids = cast(list[str], d.pop("routineExternalIds", UNSET))

        routine_revision_external_ids = cast(list[str], d.pop("routineRevisionExternalIds", UNSET))

        model_revision_external_ids = cast(list[str], d.pop("modelRevisionExternalIds", UNSET))

        _created_time = d.pop("createdTime", UNSET)
        created_time: EpochTimestampRange | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = EpochTimestampRange.from_dict(_created_time)

        _simulation_time = d.pop("simulationTime", UNSET)
        simulation_time: EpochTimestampRange | Unset
        if isinstance(_simulation_time, Unset):
            simulation_time = UNSET
        else:
            simulation_time = EpochTimestampRange.from_dict(_simulation_time)

        list_simulation_runs_filters = cls(
            status=status,
            run_type=run_type,
            simulator_integration_external_ids=simulator_integration_external_ids,
            simulator_external_ids=simulator_external_ids,
            model_external_ids=model_external_ids,
            routine_external_ids=routine_external_ids,
            routine_revision_external_ids=routine_revision_external_ids,
            model_revision_external_ids=model_revision_external_ids,
            created_time=created_time,
            simulation_time=simulation_time,
        )

        list_simulation_runs_filters.additional_properties = d
        return list_simulation_runs_filters
