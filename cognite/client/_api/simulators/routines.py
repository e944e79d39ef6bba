"""``client.simulators.routines`` (with ``run``) and ``client.simulators.routines.revisions``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ
from cognite.client._api.simulators._base import SimulatorResourceAPI, str_list
from cognite.client._api_registry import Accessor
from cognite.client.data_classes.simulators import (
    PropertySort,
    SimulationRun,
    SimulationRunWrite,
    SimulatorRoutine,
    SimulatorRoutineList,
    SimulatorRoutineRevision,
    SimulatorRoutineRevisionList,
    SimulatorRoutineRevisionsFilter,
    SimulatorRoutineRevisionWrite,
    SimulatorRoutinesFilter,
    SimulatorRoutineWrite,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.data_classes.shared import TimestampRange
    from cognite.client.utils.useful_types import SequenceNotStr


class SimulatorRoutinesAPI(SimulatorResourceAPI[SimulatorRoutine, SimulatorRoutineList]):
    """``client.simulators.routines``"""

    _RESOURCE_PATH = "/simulators/routines"
    _resource_cls = SimulatorRoutine
    _list_cls = SimulatorRoutineList

    revisions: Accessor[SimulatorRoutineRevisionsAPI] = Accessor()

    @overload
    def __call__(
        self,
        chunk_size: None = None,
        model_external_ids: Sequence[str] | None = None,
        simulator_integration_external_ids: Sequence[str] | None = None,
        sort: PropertySort | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimulatorRoutine]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        model_external_ids: Sequence[str] | None = None,
        simulator_integration_external_ids: Sequence[str] | None = None,
        sort: PropertySort | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimulatorRoutineList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        model_external_ids: Sequence[str] | None = None,
        simulator_integration_external_ids: Sequence[str] | None = None,
        sort: PropertySort | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimulatorRoutine] | AsyncIterator[SimulatorRoutineList]:
        """Iterate over routines, filtered like ``list``.

        Example:
            >>> for routine in client.simulators.routines(model_external_ids=["m1"]):  # doctest: +SKIP
            ...     routine.name
        """
        flt = SimulatorRoutinesFilter(str_list(model_external_ids), str_list(simulator_integration_external_ids))
        return self._filtered_iter(chunk_size, flt, sort, limit)

    async def list(
        self,
        limit: int = DEFAULT_LIMIT_READ,
        model_external_ids: Sequence[str] | None = None,
        simulator_integration_external_ids: Sequence[str] | None = None,
        kind: Literal["long"] | None = None,
        sort: PropertySort | None = None,
        **options: Unpack[CallOptions],
    ) -> SimulatorRoutineList:
        """List routines by model, integration and kind.

        Example:
            >>> res = client.simulators.routines.list(model_external_ids=["m1"], kind="long")  # doctest: +SKIP
        """
        flt = SimulatorRoutinesFilter(
            str_list(model_external_ids), str_list(simulator_integration_external_ids), _kind(kind)
        )
        return await self._filtered(flt, sort, limit)

    @overload
    async def create(self, routine: SimulatorRoutineWrite, **options: Unpack[CallOptions]) -> SimulatorRoutine: ...
    @overload
    async def create(
        self, routine: Sequence[SimulatorRoutineWrite], **options: Unpack[CallOptions]
    ) -> SimulatorRoutineList: ...
    async def create(
        self, routine: SimulatorRoutineWrite | Sequence[SimulatorRoutineWrite], **options: Unpack[CallOptions]
    ) -> SimulatorRoutine | SimulatorRoutineList:
        """Create routines (the model and the integration must exist).

        Example:
            >>> from cognite.client.data_classes.simulators import SimulatorRoutineWrite
            >>> routine = SimulatorRoutineWrite("r1", "m1", "Routine 1", "dwsim-connector")
            >>> res = client.simulators.routines.create(routine)  # doctest: +SKIP
        """
        return await self._create(routine)

    async def delete(
        self,
        ids: int | Sequence[int] | None = None,
        external_ids: str | SequenceNotStr[str] | SequenceNotStr[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete routines (and their revisions).

        Example:
            >>> client.simulators.routines.delete(ids=[1, 2, 3], external_ids="foo")  # doctest: +SKIP
        """
        await self._delete_by_ids(ids, external_ids)

    @overload
    async def run(  # type: ignore[misc]  # timeout is the wait's (as official), not the per-request option
        self,
        routine_external_id: str,
        *,
        inputs: Sequence[Any] | None = None,
        run_time: int | None = None,
        queue: bool = False,
        log_severity: Literal["Debug", "Information", "Warning", "Error"] | None = None,
        wait: bool = True,
        timeout: float = 60,
        **options: Unpack[CallOptions],
    ) -> SimulationRun: ...
    @overload
    async def run(  # type: ignore[misc]  # timeout is the wait's (as official), not the per-request option
        self,
        *,
        routine_revision_external_id: str,
        model_revision_external_id: str,
        inputs: Sequence[Any] | None = None,
        run_time: int | None = None,
        queue: bool = False,
        log_severity: Literal["Debug", "Information", "Warning", "Error"] | None = None,
        wait: bool = True,
        timeout: float = 60,
        **options: Unpack[CallOptions],
    ) -> SimulationRun: ...
    async def run(  # type: ignore[misc]  # timeout is the wait's (as official), not the per-request option
        self,
        routine_external_id: str | None = None,
        routine_revision_external_id: str | None = None,
        model_revision_external_id: str | None = None,
        inputs: Sequence[Any] | None = None,
        run_time: int | None = None,
        queue: bool = False,
        log_severity: Literal["Debug", "Information", "Warning", "Error"] | None = None,
        wait: bool = True,
        timeout: float = 60,
        **options: Unpack[CallOptions],
    ) -> SimulationRun:
        """Run a routine (by routine, or by routine revision and model revision); with ``wait`` until the run
        succeeded or failed, or ``timeout`` seconds passed.

        Example:
            >>> run = client.simulators.routines.run(routine_external_id="routine1", wait=False)  # doctest: +SKIP
        """
        by_routine = routine_external_id is not None
        by_revision = routine_revision_external_id is not None or model_revision_external_id is not None
        if by_routine == by_revision or (
            by_revision and (routine_revision_external_id is None or model_revision_external_id is None)
        ):
            raise ValueError("Give routine_external_id, or routine_revision_external_id and model_revision_external_id")
        run = SimulationRunWrite(
            routine_external_id=routine_external_id,  # type: ignore[arg-type]
            routine_revision_external_id=routine_revision_external_id,
            model_revision_external_id=model_revision_external_id,
            inputs=[i.dump() if hasattr(i, "dump") else i for i in inputs] if inputs is not None else None,
            run_time=run_time,
            queue=queue,
            log_severity=log_severity,
        )
        created = await self._cognite_client.simulators.runs.create(run)
        if wait:
            await self._cognite_client.simulators.runs._wait(created, timeout)
        return created


class SimulatorRoutineRevisionsAPI(SimulatorResourceAPI[SimulatorRoutineRevision, SimulatorRoutineRevisionList]):
    """``client.simulators.routines.revisions``"""

    _RESOURCE_PATH = "/simulators/routines/revisions"
    _resource_cls = SimulatorRoutineRevision
    _list_cls = SimulatorRoutineRevisionList

    @overload
    def __call__(
        self,
        chunk_size: None = None,
        routine_external_ids: SequenceNotStr[str] | None = None,
        model_external_ids: SequenceNotStr[str] | None = None,
        simulator_integration_external_ids: SequenceNotStr[str] | None = None,
        simulator_external_ids: SequenceNotStr[str] | None = None,
        kind: Literal["long"] | None = None,
        created_time: TimestampRange | None = None,
        all_versions: bool = False,
        include_all_fields: bool = False,
        limit: int | None = None,
        sort: PropertySort | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimulatorRoutineRevision]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        routine_external_ids: SequenceNotStr[str] | None = None,
        model_external_ids: SequenceNotStr[str] | None = None,
        simulator_integration_external_ids: SequenceNotStr[str] | None = None,
        simulator_external_ids: SequenceNotStr[str] | None = None,
        kind: Literal["long"] | None = None,
        created_time: TimestampRange | None = None,
        all_versions: bool = False,
        include_all_fields: bool = False,
        limit: int | None = None,
        sort: PropertySort | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimulatorRoutineRevisionList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        routine_external_ids: SequenceNotStr[str] | None = None,
        model_external_ids: SequenceNotStr[str] | None = None,
        simulator_integration_external_ids: SequenceNotStr[str] | None = None,
        simulator_external_ids: SequenceNotStr[str] | None = None,
        kind: Literal["long"] | None = None,
        created_time: TimestampRange | None = None,
        all_versions: bool = False,
        include_all_fields: bool = False,
        limit: int | None = None,
        sort: PropertySort | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[SimulatorRoutineRevision] | AsyncIterator[SimulatorRoutineRevisionList]:
        """Iterate over routine revisions, filtered like ``list``.

        Example:
            >>> for revision in client.simulators.routines.revisions(routine_external_ids=["r1"]):  # doctest: +SKIP
            ...     revision.version_number
        """
        flt = _revisions_filter(
            routine_external_ids,
            all_versions,
            model_external_ids,
            simulator_integration_external_ids,
            simulator_external_ids,
            kind,
            created_time,
        )
        return self._filtered_iter(chunk_size, flt, sort, limit, includeAllFields=include_all_fields or None)

    async def list(
        self,
        routine_external_ids: SequenceNotStr[str] | None = None,
        model_external_ids: SequenceNotStr[str] | None = None,
        simulator_integration_external_ids: SequenceNotStr[str] | None = None,
        simulator_external_ids: SequenceNotStr[str] | None = None,
        kind: Literal["long"] | None = None,
        created_time: TimestampRange | None = None,
        all_versions: bool = False,
        include_all_fields: bool = False,
        limit: int | None = None,
        sort: PropertySort | None = None,
        **options: Unpack[CallOptions],
    ) -> SimulatorRoutineRevisionList:
        """List routine revisions: the latest of each routine, or ``all_versions``; ``include_all_fields`` to get
        the script and the configuration's inputs and outputs too.

        Example:
            >>> res = client.simulators.routines.revisions.list(routine_external_ids=["r1"], all_versions=True)  # doctest: +SKIP
        """
        if include_all_fields and kind is not None:
            raise ValueError("kind cannot be combined with include_all_fields")
        flt = _revisions_filter(
            routine_external_ids,
            all_versions,
            model_external_ids,
            simulator_integration_external_ids,
            simulator_external_ids,
            kind,
            created_time,
        )
        return await self._filtered(flt, sort, limit, includeAllFields=include_all_fields or None)

    @overload
    async def retrieve(
        self, *, ids: int, external_ids: None = None, **options: Unpack[CallOptions]
    ) -> SimulatorRoutineRevision | None: ...
    @overload
    async def retrieve(
        self, *, ids: None = None, external_ids: str, **options: Unpack[CallOptions]
    ) -> SimulatorRoutineRevision | None: ...
    @overload
    async def retrieve(
        self,
        *,
        ids: Sequence[int] | None = None,
        external_ids: SequenceNotStr[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> SimulatorRoutineRevisionList: ...
    async def retrieve(
        self,
        *,
        ids: int | Sequence[int] | None = None,
        external_ids: str | SequenceNotStr[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> SimulatorRoutineRevision | SimulatorRoutineRevisionList | None:
        """One routine revision (None if unknown), or a list for several (with all fields).

        Example:
            >>> res = client.simulators.routines.revisions.retrieve(external_ids="routine_v1")  # doctest: +SKIP
        """
        return await self._by_ids(ids, external_ids)

    @overload
    async def create(
        self, items: SimulatorRoutineRevisionWrite, **options: Unpack[CallOptions]
    ) -> SimulatorRoutineRevision: ...
    @overload
    async def create(
        self, items: Sequence[SimulatorRoutineRevisionWrite], **options: Unpack[CallOptions]
    ) -> SimulatorRoutineRevisionList: ...
    async def create(
        self,
        items: SimulatorRoutineRevisionWrite | Sequence[SimulatorRoutineRevisionWrite],
        **options: Unpack[CallOptions],
    ) -> SimulatorRoutineRevision | SimulatorRoutineRevisionList:
        """Create routine revisions (configuration and script) for existing routines.

        Example:
            >>> from cognite.client.data_classes.simulators import SimulatorRoutineRevisionWrite
            >>> rev = SimulatorRoutineRevisionWrite("r1-v1", "r1", configuration={"schedule": {"enabled": False},
            ...     "dataSampling": {"enabled": False}, "logicalCheck": [], "steadyStateDetection": []}, script=[])
            >>> res = client.simulators.routines.revisions.create(rev)  # doctest: +SKIP
        """
        return await self._create(items)


def _kind(kind: Any) -> str | None:
    if kind not in (None, "long"):
        raise ValueError(f"kind must be 'long' or None, not {kind!r}")
    return kind  # type: ignore[no-any-return]


def _revisions_filter(
    routine_external_ids: Any,
    all_versions: bool,
    model_external_ids: Any,
    integration_external_ids: Any,
    simulator_external_ids: Any,
    kind: Any,
    created_time: Any,
) -> SimulatorRoutineRevisionsFilter:
    return SimulatorRoutineRevisionsFilter(
        str_list(routine_external_ids),
        all_versions or None,
        str_list(model_external_ids),
        str_list(integration_external_ids),
        str_list(simulator_external_ids),
        _kind(kind),
        created_time,
    )
