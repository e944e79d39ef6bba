"""Simulation runs (requests to run a routine) and their data (inputs / outputs once a connector ran them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
from cognite.client.data_classes._navigation import client_of, run_sync

if TYPE_CHECKING:
    from cognite.client.data_classes.simulators.logs import SimulatorLog


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

    async def get_logs_async(self) -> SimulatorLog | None:
        return await client_of(self).simulators.logs.retrieve(ids=self.log_id)  # type: ignore[no-any-return]

    def get_logs(self) -> SimulatorLog | None:
        """The run's log.

        Example:
            >>> log = client.simulators.runs.retrieve(ids=2).get_logs()  # doctest: +SKIP
        """
        return run_sync(client_of(self), self.get_logs_async())

    async def get_data_async(self) -> SimulationRunDataItem | None:
        found = await client_of(self).simulators.runs.list_run_data(run_id=self.id)
        return found[0] if found else None

    def get_data(self) -> SimulationRunDataItem | None:
        """The run's inputs and outputs.

        Example:
            >>> data = client.simulators.runs.retrieve(ids=2).get_data()  # doctest: +SKIP
        """
        return run_sync(client_of(self), self.get_data_async())

    async def update_async(self) -> None:
        """Refresh this object from CDF (status, times, message)."""
        latest = await client_of(self).simulators.runs.retrieve(ids=self.id)
        if latest is not None:
            for name in self._field_names():
                setattr(self, name, getattr(latest, name))

    def update(self) -> None:
        """Refresh this object from CDF (status, times, message).

        Example:
            >>> run.update()  # doctest: +SKIP
        """
        run_sync(client_of(self), self.update_async())

    async def wait_async(self, timeout: float = 60) -> None:
        await client_of(self).simulators.runs._wait(self, timeout)

    def wait(self, timeout: float = 60) -> None:
        """Poll until the run succeeded or failed, or ``timeout`` seconds passed.

        Example:
            >>> run.wait(timeout=120)  # doctest: +SKIP
        """
        run_sync(client_of(self), self.wait_async(timeout))


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
