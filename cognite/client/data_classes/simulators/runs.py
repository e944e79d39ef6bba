"""Simulation runs (requests to run a routine) and their data (inputs / outputs once a connector ran them)."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    SimulationInputFields,
    SimulationInputOverrideFields,
    SimulationOutputFields,
    SimulationRunDataItemFields,
    SimulationRunFields,
    SimulationRunWriteFields,
    SimulationValueUnitFields,
    SimulationValueUnitNameFields,
)


class SimulationRunWrite(SimulationRunWriteFields):
    """A run to request: by routine, or by routine revision and model revision.

    Example:
        >>> from cognite.client.data_classes.simulators import SimulationRunWrite
        >>> SimulationRunWrite(routine_external_id="r1", run_type="external").dump()
        {'routineExternalId': 'r1', 'runType': 'external'}
    """


class SimulationRun(SimulationRunFields):
    """A simulation run: its status goes ready -> running -> success / failure as a connector runs it.

    Example:
        >>> from cognite.client.data_classes.simulators import SimulationRun
        >>> SimulationRun(id=1, status="ready").status
        'ready'
    """


class SimulationRunWriteList(CogniteResourceList[SimulationRunWrite]):
    _RESOURCE = SimulationRunWrite


class SimulationRunList(WriteableCogniteResourceList[SimulationRun, SimulationRunWriteList]):
    _RESOURCE = SimulationRun


class SimulationRunDataItem(SimulationRunDataItemFields):
    """The inputs and outputs of a run.

    Example:
        >>> from cognite.client.data_classes.simulators import SimulationRunDataItem
        >>> SimulationRunDataItem(run_id=1, inputs=[], outputs=[]).dump()
        {'runId': 1, 'inputs': [], 'outputs': []}
    """


class SimulationRunDataList(CogniteResourceList[SimulationRunDataItem]):
    _RESOURCE = SimulationRunDataItem


class SimulationValueUnitName(SimulationValueUnitNameFields):
    """The unit of a value, by name."""


class SimulationValueUnit(SimulationValueUnitFields):
    """The unit of a value (name, external id in the unit catalog)."""


class SimulationInputOverride(SimulationInputOverrideFields):
    """An input value of a run that replaces the routine's.

    Example:
        >>> from cognite.client.data_classes.simulators import SimulationInputOverride
        >>> SimulationInputOverride("T", 25.0).dump()
        {'referenceId': 'T', 'value': 25.0}
    """


class SimulationInput(SimulationInputFields):
    """An input of a run as it ran (``overridden`` when the run replaced the routine's value)."""


class SimulationOutput(SimulationOutputFields):
    """An output of a run."""
