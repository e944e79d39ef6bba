"""Revisions of simulator routines: configuration (inputs, outputs, schedule, data sampling, checks) and script
(stages of steps)."""

from __future__ import annotations

from collections import UserList
from typing import Any

from typing_extensions import Self

from cognite.client.data_classes._base import CogniteObject, CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    SimulationValueUnitInputFields,
    SimulatorRoutineConfigurationFields,
    SimulatorRoutineDataSamplingFields,
    SimulatorRoutineInputConstantFields,
    SimulatorRoutineInputTimeseriesFields,
    SimulatorRoutineLogicalCheckFields,
    SimulatorRoutineOutputFields,
    SimulatorRoutineRevisionFields,
    SimulatorRoutineRevisionWriteFields,
    SimulatorRoutineScheduleFields,
    SimulatorRoutineStageFields,
    SimulatorRoutineSteadyStateDetectionFields,
    SimulatorRoutineStepFields,
)


class SimulationValueUnitInput(SimulationValueUnitInputFields):
    """The unit of a routine input or output (name and quantity)."""


class SimulatorRoutineInput(CogniteObject):
    """A routine input: a constant, or a time series; loading one gives the class its fields say.

    Example:
        >>> from cognite.client.data_classes.simulators import SimulatorRoutineInput
        >>> type(SimulatorRoutineInput._load({"name": "T", "referenceId": "T", "sourceExternalId": "ts"})).__name__
        'SimulatorRoutineInputTimeseries'
    """

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        if cls is not SimulatorRoutineInput:
            return super()._load(resource, cognite_client)
        kind = SimulatorRoutineInputTimeseries if "sourceExternalId" in resource else SimulatorRoutineInputConstant
        return kind._load(resource, cognite_client)  # type: ignore[return-value]


class SimulatorRoutineInputConstant(SimulatorRoutineInputConstantFields, SimulatorRoutineInput):
    """A routine input with a constant value."""


class SimulatorRoutineInputTimeseries(SimulatorRoutineInputTimeseriesFields, SimulatorRoutineInput):
    """A routine input read from a time series (aggregated over the data sampling window)."""


class SimulatorRoutineOutput(SimulatorRoutineOutputFields):
    """A routine output (saved to a time series if ``save_timeseries_external_id``)."""


class SimulatorRoutineSchedule(SimulatorRoutineScheduleFields):
    """When a routine runs by itself (a cron expression)."""


class SimulatorRoutineDataSampling(SimulatorRoutineDataSamplingFields):
    """How input time series are sampled (window and granularity, in minutes)."""


class SimulatorRoutineLogicalCheck(SimulatorRoutineLogicalCheckFields):
    """A condition on a time series that must hold for the routine to run."""


class SimulatorRoutineSteadyStateDetection(SimulatorRoutineSteadyStateDetectionFields):
    """Steady-state detection on a time series before the routine runs."""


class SimulatorRoutineConfiguration(SimulatorRoutineConfigurationFields):
    """A routine revision's configuration. On the wire, what is not configured is ``{"enabled": false}`` (schedule,
    data sampling) or an empty list (logical checks, steady-state detection); what is configured is enabled.

    Example:
        >>> from cognite.client.data_classes.simulators import (
        ...     SimulatorRoutineConfiguration, SimulatorRoutineDataSampling)
        >>> SimulatorRoutineConfiguration(data_sampling=SimulatorRoutineDataSampling(15, 1)).dump()
        {'dataSampling': {'enabled': True, 'samplingWindow': 15, 'granularity': 1}, 'schedule': {'enabled': False}, 'logicalCheck': [], 'steadyStateDetection': []}
    """

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        out = super().dump(camel_case)
        key = {name: name if not camel_case else _CAMEL[name] for name in _CAMEL}
        for name in ("schedule", "data_sampling"):
            value = getattr(self, name)
            out[key[name]] = {"enabled": False} if value is None else {**value.dump(camel_case), "enabled": True}
            out[key[name]] = {"enabled": out[key[name]].pop("enabled"), **out[key[name]]}
        for name in ("logical_check", "steady_state_detection"):
            out[key[name]] = [
                {"enabled": True, **_without_enabled(v.dump(camel_case))} for v in getattr(self, name) or []
            ]
        return out

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        enabled = {k: v for k, v in resource.items() if not (isinstance(v, dict) and v.get("enabled") is False)}
        return super()._load(enabled, cognite_client)


_CAMEL = {
    "schedule": "schedule",
    "data_sampling": "dataSampling",
    "logical_check": "logicalCheck",
    "steady_state_detection": "steadyStateDetection",
}


def _without_enabled(dumped: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in dumped.items() if k != "enabled"}


class SimulatorRoutineStepArguments(dict[str, str]):
    """The arguments of a routine step (``referenceId``, ``objectName``, ``command``, ...), as given.

    Example:
        >>> from cognite.client.data_classes.simulators import SimulatorRoutineStepArguments
        >>> SimulatorRoutineStepArguments({"command": "Solve"}).dump()
        {'command': 'Solve'}
    """

    def __init__(self, data: dict[str, str] | None = None) -> None:
        super().__init__(data or {})

    @classmethod
    def _load(cls, resource: dict[str, Any], cognite_client: Any = None) -> Self:
        return cls(resource)

    def dump(self, camel_case: bool = True) -> dict[str, Any]:
        return dict(self)


class SimulatorRoutineStep(SimulatorRoutineStepFields):
    """One step of a stage: ``Get``, ``Set`` or ``Command`` with its arguments."""


class SimulatorRoutineStage(SimulatorRoutineStageFields):
    """A stage of a routine's script: steps run in order."""


class SimulatorRoutineStageList(UserList[SimulatorRoutineStage]):
    """The stages of a script."""


class SimulatorRoutineInputList(UserList[SimulatorRoutineInput]):
    """The inputs of a configuration."""


class SimulatorRoutineOutputList(UserList[SimulatorRoutineOutput]):
    """The outputs of a configuration."""


class SimulatorRoutineRevisionWrite(SimulatorRoutineRevisionWriteFields):
    """A routine revision to create (typed configuration and script, or their wire dicts).

    Example:
        >>> from cognite.client.data_classes.simulators import SimulatorRoutineRevisionWrite
        >>> rev = SimulatorRoutineRevisionWrite("r1-v1", "r1", configuration={"inputs": []}, script=[])
        >>> rev.dump()["routineExternalId"]
        'r1'
    """


class SimulatorRoutineRevision(SimulatorRoutineRevisionFields):
    """A routine revision (numbered per routine).

    Example:
        >>> from cognite.client.data_classes.simulators import SimulatorRoutineRevision
        >>> SimulatorRoutineRevision(external_id="r1-v1", routine_external_id="r1").as_write().dump()
        {'externalId': 'r1-v1', 'routineExternalId': 'r1'}
    """


class SimulatorRoutineRevisionWriteList(CogniteResourceList[SimulatorRoutineRevisionWrite]):
    _RESOURCE = SimulatorRoutineRevisionWrite


class SimulatorRoutineRevisionList(
    WriteableCogniteResourceList[SimulatorRoutineRevision, SimulatorRoutineRevisionWriteList]
):
    _RESOURCE = SimulatorRoutineRevision
