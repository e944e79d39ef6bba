"""Simulator routines: what a simulation of a model does (its revisions hold the configuration)."""

from __future__ import annotations

from cognite.client.data_classes._base import CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import SimulatorRoutineFields, SimulatorRoutineWriteFields


class SimulatorRoutineWrite(SimulatorRoutineWriteFields):
    """A routine to create, for a model and the integration that runs it.

    Example:
        >>> from cognite.client.data_classes.simulators import SimulatorRoutineWrite
        >>> SimulatorRoutineWrite("r1", "m1", "Routine 1", "dwsim-connector").dump()["name"]
        'Routine 1'
    """


class SimulatorRoutine(SimulatorRoutineFields):
    """A simulator routine.

    Example:
        >>> from cognite.client.data_classes.simulators import SimulatorRoutine
        >>> SimulatorRoutine(external_id="r1", name="Routine 1").as_write().dump()
        {'externalId': 'r1', 'name': 'Routine 1'}
    """


class SimulatorRoutineWriteList(CogniteResourceList[SimulatorRoutineWrite]):
    _RESOURCE = SimulatorRoutineWrite


class SimulatorRoutineList(WriteableCogniteResourceList[SimulatorRoutine, SimulatorRoutineWriteList]):
    _RESOURCE = SimulatorRoutine
