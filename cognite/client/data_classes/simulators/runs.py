"""Simulation runs (requests to run a routine) and their data (inputs / outputs once a connector ran them)."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    SimulationRunDataItemFields,
    SimulationRunFields,
    SimulationRunWriteFields,
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
