"""``client.simulators.runs``: simulation runs (created by ``create`` or ``routines.run``) and their data."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ
from cognite.client._api.simulators._base import SimulatorResourceAPI, str_list
from cognite.client.data_classes.simulators import (
    SimulationRun,
    SimulationRunDataList,
    SimulationRunList,
    SimulationRunsSort,
    SimulationRunWrite,
    SimulatorRunsFilter,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.data_classes.shared import TimestampRange
    from cognite.client.utils.useful_types import SequenceNotStr

SimulatorRunStatus = Literal["ready", "running", "success", "failure"]
SimulatorRunType = Literal["external", "manual", "scheduled"]
_FINISHED = ("success", "failure")


class SimulatorRunsAPI(SimulatorResourceAPI[SimulationRun, SimulationRunList]):
    """``client.simulators.runs``"""

    _RESOURCE_PATH = "/simulators/runs"
    _RUN_PATH = "/simulators/run"
    _resource_cls = SimulationRun
    _list_cls = SimulationRunList
    _sort_cls = SimulationRunsSort

    @overload
    def __call__(
        self,
        chunk_size: None = None,
        limit: int | None = None,
        status: SimulatorRunStatus | None = None,
        run_type: SimulatorRunType | None = None,
        model_external_ids: SequenceNotStr[str] | None = None,
        simulator_integration_external_ids: SequenceNotStr[str] | None = None,
        simulator_external_ids: SequenceNotStr[str] | None = None,
        routine_external_ids: SequenceNotStr[str] | None = None,
        routine_revision_external_ids: SequenceNotStr[str] | None = None,
        model_revision_external_ids: SequenceNotStr[str] | None = None,
        created_time: TimestampRange | None = None,
        simulation_time: TimestampRange | None = None,
        sort: SimulationRunsSort | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimulationRun]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        limit: int | None = None,
        status: SimulatorRunStatus | None = None,
        run_type: SimulatorRunType | None = None,
        model_external_ids: SequenceNotStr[str] | None = None,
        simulator_integration_external_ids: SequenceNotStr[str] | None = None,
        simulator_external_ids: SequenceNotStr[str] | None = None,
        routine_external_ids: SequenceNotStr[str] | None = None,
        routine_revision_external_ids: SequenceNotStr[str] | None = None,
        model_revision_external_ids: SequenceNotStr[str] | None = None,
        created_time: TimestampRange | None = None,
        simulation_time: TimestampRange | None = None,
        sort: SimulationRunsSort | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimulationRunList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        limit: int | None = None,
        status: SimulatorRunStatus | None = None,
        run_type: SimulatorRunType | None = None,
        model_external_ids: SequenceNotStr[str] | None = None,
        simulator_integration_external_ids: SequenceNotStr[str] | None = None,
        simulator_external_ids: SequenceNotStr[str] | None = None,
        routine_external_ids: SequenceNotStr[str] | None = None,
        routine_revision_external_ids: SequenceNotStr[str] | None = None,
        model_revision_external_ids: SequenceNotStr[str] | None = None,
        created_time: TimestampRange | None = None,
        simulation_time: TimestampRange | None = None,
        sort: SimulationRunsSort | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimulationRun] | AsyncIterator[SimulationRunList]:
        """Iterate over simulation runs, filtered like ``list``.

        Example:
            >>> for run in client.simulators.runs(status="ready"):  # doctest: +SKIP
            ...     run.id
        """
        flt = _runs_filter(locals())
        return self._filtered_iter(chunk_size, flt, sort, limit)

    async def list(
        self,
        limit: int | None = DEFAULT_LIMIT_READ,
        status: SimulatorRunStatus | None = None,
        run_type: SimulatorRunType | None = None,
        model_external_ids: SequenceNotStr[str] | None = None,
        simulator_integration_external_ids: SequenceNotStr[str] | None = None,
        simulator_external_ids: SequenceNotStr[str] | None = None,
        routine_external_ids: SequenceNotStr[str] | None = None,
        routine_revision_external_ids: SequenceNotStr[str] | None = None,
        model_revision_external_ids: SequenceNotStr[str] | None = None,
        created_time: TimestampRange | None = None,
        simulation_time: TimestampRange | None = None,
        sort: SimulationRunsSort | None = None,
        **options: Unpack[CallOptions],
    ) -> SimulationRunList:
        """List simulation runs by status, type, what they ran and when.

        Example:
            >>> res = client.simulators.runs.list(routine_external_ids=["routine1"], status="ready")  # doctest: +SKIP
        """
        return await self._filtered(_runs_filter(locals()), sort, limit)

    @overload
    async def retrieve(self, ids: int, **options: Unpack[CallOptions]) -> SimulationRun | None: ...
    @overload
    async def retrieve(self, ids: Sequence[int], **options: Unpack[CallOptions]) -> SimulationRunList: ...
    async def retrieve(
        self, ids: int | Sequence[int], **options: Unpack[CallOptions]
    ) -> SimulationRun | SimulationRunList | None:
        """One run (None if unknown) or, for a list of ids, a list.

        Example:
            >>> run = client.simulators.runs.retrieve(ids=2)  # doctest: +SKIP
        """
        return await self._by_ids(ids, None)

    @overload
    async def create(self, items: SimulationRunWrite, **options: Unpack[CallOptions]) -> SimulationRun: ...
    @overload
    async def create(
        self, items: Sequence[SimulationRunWrite], **options: Unpack[CallOptions]
    ) -> SimulationRunList: ...
    async def create(
        self, items: SimulationRunWrite | Sequence[SimulationRunWrite], **options: Unpack[CallOptions]
    ) -> SimulationRun | SimulationRunList:
        """Request simulation runs (``POST /simulators/run``); each starts as ``ready`` for its connector.

        Example:
            >>> from cognite.client.data_classes.simulators import SimulationRunWrite
            >>> res = client.simulators.runs.create(  # doctest: +SKIP
            ...     SimulationRunWrite(routine_external_id="routine1", run_type="external")
            ... )
        """
        return await self._create_multiple(
            items, load=self._load, list_cls=self._new_list, dump=self._dump_write, path=self._RUN_PATH
        )

    async def list_run_data(self, run_id: int, **options: Unpack[CallOptions]) -> SimulationRunDataList:
        """The inputs and outputs of a run.

        Example:
            >>> res = client.simulators.runs.list_run_data(run_id=12345)  # doctest: +SKIP
        """
        if isinstance(run_id, bool) or not isinstance(run_id, int):
            raise TypeError("run_id must be an int")
        items = await self._post_items(self._RESOURCE_PATH + "/data/list", {"items": [{"runId": run_id}]})
        return SimulationRunDataList._load(items, cognite_client=self._cognite_client)

    async def _wait(self, run: SimulationRun, timeout: float) -> None:
        """Poll ``run`` (updating it in place) until it succeeded or failed, or ``timeout`` seconds passed."""
        deadline = time.monotonic() + timeout
        delay = 1.0
        while run.status not in _FINISHED and time.monotonic() < deadline:
            await asyncio.sleep(min(delay, max(deadline - time.monotonic(), 0)))
            delay = min(delay * 2, 30)
            latest = await self.retrieve(run.id)
            if latest is not None:
                run.status, run.status_message = latest.status, latest.status_message
                run.last_updated_time, run.simulation_time = latest.last_updated_time, latest.simulation_time


def _runs_filter(arguments: dict[str, Any]) -> SimulatorRunsFilter:
    """The runs filter from a ``list`` / ``__call__`` method's arguments."""
    fields: dict[str, Any] = {
        k: str_list(v) if k.endswith("_external_ids") else v
        for k, v in arguments.items()
        if k in SimulatorRunsFilter._FIELDS
    }
    return SimulatorRunsFilter(**fields)
