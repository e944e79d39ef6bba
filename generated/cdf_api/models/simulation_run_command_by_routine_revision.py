from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simulator_log_severity_level import SimulatorLogSeverityLevel
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.simulation_input_override import SimulationInputOverride


T = TypeVar("T", bound="SimulationRunCommandByRoutineRevision")


@_attrs_define
class SimulationRunCommandByRoutineRevision(AdditionalProperties):
    """
    Attributes:
        routine_revision_external_id (str): Routine revision external id
        model_revision_external_id (str): Model revision external id
        run_time (int | Unset): Run time in milliseconds. Reference timestamp used for data pre-processing and data
            sampling. If not provided, the creation time of the simulation run is used.
        queue (bool | Unset): Queue the simulation run when connector is down.
        log_severity (SimulatorLogSeverityLevel | Unset):
        inputs (list[SimulationInputOverride] | Unset): List of input overrides
    """

    _FIT = {
        "routineRevisionExternalId": "s",
        "modelRevisionExternalId": "s",
        "runTime": "i",
        "queue": "b",
        "logSeverity": "s",
        "inputs": ("l", ("m", "SimulationInputOverride")),
    }
    _REQUIRED = ("routineRevisionExternalId", "modelRevisionExternalId")

    routine_revision_external_id: str
    model_revision_external_id: str
    run_time: int | Unset = UNSET
    queue: bool | Unset = UNSET
    log_severity: SimulatorLogSeverityLevel | Unset = UNSET
    inputs: list[SimulationInputOverride] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        routine_revision_external_id = self.routine_revision_external_id

        model_revision_external_id = self.model_revision_external_id

        run_time = self.run_time

        queue = self.queue

        log_severity: str | Unset = UNSET
        if not isinstance(self.log_severity, Unset):
            log_severity = self.log_severity.value

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "routineRevisionExternalId": routine_revision_external_id,
                "modelRevisionExternalId": model_revision_external_id,
            }
        )
        if run_time is not UNSET:
            field_dict["runTime"] = run_time
        if queue is not UNSET:
            field_dict["queue"] = queue
        if log_severity is not UNSET:
            field_dict["logSeverity"] = log_severity
        if inputs is not UNSET:
            field_dict["inputs"] = inputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.simulation_input_override import SimulationInputOverride  # noqa: PLC0415

        d = dict(src_dict)
        routine_revision_external_id = d.pop("routineRevisionExternalId")

        model_revision_external_id = d.pop("modelRevisionExternalId")

        run_time = d.pop("runTime", UNSET)

        queue = d.pop("queue", UNSET)

        _log_severity = d.pop("logSeverity", UNSET)
        log_severity: SimulatorLogSeverityLevel | Unset
        if isinstance(_log_severity, Unset):
            log_severity = UNSET
        else:
            log_severity = SimulatorLogSeverityLevel(_log_severity)

        _inputs = d.pop("inputs", UNSET)
        inputs: list[SimulationInputOverride] | Unset = UNSET
        if _inputs is not UNSET:
            inputs = []
            for inputs_item_data in _inputs:
                inputs_item = SimulationInputOverride.from_dict(inputs_item_data)

                inputs.append(inputs_item)

        simulation_run_command_by_routine_revision = cls(
            routine_revision_external_id=routine_revision_external_id,
            model_revision_external_id=model_revision_external_id,
            run_time=run_time,
            queue=queue,
            log_severity=log_severity,
            inputs=inputs,
        )

        simulation_run_command_by_routine_revision.additional_properties = d
        return simulation_run_command_by_routine_revision
