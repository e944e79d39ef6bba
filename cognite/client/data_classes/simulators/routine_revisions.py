"""Revisions of simulator routines: configuration (inputs, outputs, schedule, ...) and script (stages of steps)."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import SimulatorRoutineRevisionFields, SimulatorRoutineRevisionWriteFields


class SimulatorRoutineRevisionWrite(SimulatorRoutineRevisionWriteFields):
    """A routine revision to create (configuration and script as their wire objects).

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
