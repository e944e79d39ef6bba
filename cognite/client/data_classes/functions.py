"""Cognite Functions: functions, their calls (with logs and responses), schedules, limits and activation status.

Fields are generated from the spec (``openapi/data_class_table.py``); the methods that reach CDF (``function.call()``,
``call.get_response()``, ``schedule.get_input_data()``, ...) use the client the object was loaded with and have
``*_async`` twins.
"""

from __future__ import annotations

import asyncio
import copy
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Protocol, TypeAlias

from cognite.client.data_classes._base import CogniteObject, CogniteResourceList, WriteableCogniteResourceList
from cognite.client.data_classes._generated import (
    FunctionCallFields,
    FunctionCallLogEntryFields,
    FunctionCallsFilterFields,
    FunctionFields,
    FunctionFilterFields,
    FunctionScheduleFields,
    FunctionSchedulesFilterFields,
    FunctionScheduleWriteFields,
    FunctionsLimitsFields,
    FunctionsStatusFields,
    FunctionWriteFields,
)
from cognite.client.data_classes._navigation import client_of, run_sync

if TYPE_CHECKING:
    from cognite.client._cognite_client import AsyncCogniteClient

HANDLER_FILE_NAME = "handler.py"
RunTime: TypeAlias = Literal["py310", "py311", "py312", "py313", "py314"]
FunctionStatus: TypeAlias = Literal["Queued", "Deploying", "Ready", "Failed"]
FunctionCallStatus: TypeAlias = Literal["Running", "Completed", "Failed", "Timeout"]


class FunctionHandle(Protocol):
    """The entry point of a function: ``handle`` taking any of ``client``, ``data``, ``secrets``,
    ``function_call_info`` and returning something JSON-serializable."""

    def __call__(
        self,
        *,
        client: Any = ...,
        data: dict[str, object] = ...,
        secrets: dict[str, str] = ...,
        function_call_info: dict[str, object] = ...,
    ) -> object: ...


def _client(obj: Any) -> AsyncCogniteClient:
    client: AsyncCogniteClient = client_of(obj)
    return client


def _ids(obj: Any, *names: str) -> list[int]:
    values = [getattr(obj, n) for n in names]
    if any(v is None for v in values):
        raise ValueError(f"{type(obj).__name__} is missing one or more of: {list(names)}")
    return values


class _MasksSecrets:
    """``str()`` / ``repr()`` show ``***`` for the values of the fields named in ``_MASKED`` (they are sent as is)."""

    _MASKED: ClassVar[tuple[str, ...]] = ()

    def _shown(self) -> Any:
        shown = copy.copy(self)
        for name in self._MASKED:
            value = getattr(shown, name, None)
            if isinstance(value, dict):
                setattr(shown, name, dict.fromkeys(value, "***"))
            elif value is not None:
                setattr(shown, name, "***")
        return shown

    def __repr__(self) -> str:
        return CogniteObject.__repr__(self._shown())

    def __str__(self) -> str:
        return CogniteObject.__str__(self._shown())


class FunctionWrite(_MasksSecrets, FunctionWriteFields):
    """What ``functions.create`` sends: the code is the zip file ``file_id`` of the files API.

    Example:
        >>> from cognite.client.data_classes import FunctionWrite
        >>> FunctionWrite(name="fn", file_id=123).dump()
        {'name': 'fn', 'fileId': 123}
        >>> FunctionWrite(name="fn", file_id=1, secrets={"key": "s3cret"})
        FunctionWrite(name='fn', file_id=1, secrets={'key': '***'})
    """

    _MASKED = ("secrets",)


class FunctionWriteList(CogniteResourceList[FunctionWrite]):
    _RESOURCE = FunctionWrite


class Function(FunctionFields):
    """A deployed function (``status`` "Ready" once it can be called).

    Example:
        >>> from cognite.client.data_classes import Function
        >>> Function(id=1, name="fn", file_id=2, status="Ready").as_write().dump()
        {'name': 'fn', 'fileId': 2}
    """

    async def call_async(self, data: dict[str, object] | None = None, wait: bool = True) -> FunctionCall:
        """Call this function (see ``functions.call``)."""
        return await _client(self).functions.call(id=_ids(self, "id")[0], data=data, wait=wait)

    def call(self, data: dict[str, object] | None = None, wait: bool = True) -> FunctionCall:
        """Call this function (see ``functions.call``).

        Example:
            >>> call = client.functions.retrieve(id=1).call(data={"x": 1})  # doctest: +SKIP
        """
        return run_sync(client_of(self), self.call_async(data, wait))

    async def list_calls_async(
        self,
        status: str | None = None,
        schedule_id: int | None = None,
        start_time: dict[str, int] | None = None,
        end_time: dict[str, int] | None = None,
        limit: int | None = 25,
    ) -> FunctionCallList:
        """The calls of this function (see ``functions.calls.list``)."""
        return await _client(self).functions.calls.list(
            function_id=_ids(self, "id")[0],
            status=status,
            schedule_id=schedule_id,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        )

    def list_calls(
        self,
        status: str | None = None,
        schedule_id: int | None = None,
        start_time: dict[str, int] | None = None,
        end_time: dict[str, int] | None = None,
        limit: int | None = 25,
    ) -> FunctionCallList:
        """The calls of this function (see ``functions.calls.list``)."""
        return run_sync(client_of(self), self.list_calls_async(status, schedule_id, start_time, end_time, limit))

    async def list_schedules_async(self, limit: int | None = 25) -> FunctionSchedulesList:
        """The schedules of this function."""
        return await _client(self).functions.schedules.list(function_id=_ids(self, "id")[0], limit=limit)

    def list_schedules(self, limit: int | None = 25) -> FunctionSchedulesList:
        """The schedules of this function."""
        return run_sync(client_of(self), self.list_schedules_async(limit))

    async def retrieve_call_async(self, id: int) -> FunctionCall | None:
        """One call of this function."""
        return await _client(self).functions.calls.retrieve(call_id=id, function_id=_ids(self, "id")[0])

    def retrieve_call(self, id: int) -> FunctionCall | None:
        """One call of this function."""
        return run_sync(client_of(self), self.retrieve_call_async(id))

    async def update_async(self) -> None:
        """Refresh ``status`` and ``error`` from CDF (e.g. while it deploys)."""
        latest = await _client(self).functions.retrieve(id=_ids(self, "id")[0])
        if latest is None:
            raise RuntimeError("Unable to update the function (it was not found)")
        self.status, self.error = latest.status, latest.error

    def update(self) -> None:
        """Refresh ``status`` and ``error`` from CDF (e.g. while it deploys)."""
        run_sync(client_of(self), self.update_async())


class FunctionList(WriteableCogniteResourceList[Function, FunctionWriteList]):
    _RESOURCE = Function


class FunctionFilter(FunctionFilterFields):
    """Filter functions (fields from the spec's list filter)."""


class FunctionCallsFilter(FunctionCallsFilterFields):
    """Filter the calls of a function (fields from the spec's list filter)."""


class FunctionCall(FunctionCallFields):
    """One call of a function: ``status`` is "Running" until it is "Completed", "Failed" or "Timeout".

    Example:
        >>> from cognite.client.data_classes import FunctionCall
        >>> FunctionCall(id=1, function_id=2, status="Completed", start_time=0).status
        'Completed'
    """

    async def get_response_async(self) -> dict[str, object] | None:
        """The value the call's ``handle`` returned (None until it completed)."""
        call_id, function_id = _ids(self, "id", "function_id")
        return await _client(self).functions.calls.get_response(call_id=call_id, function_id=function_id)

    def get_response(self) -> dict[str, object] | None:
        """The value the call's ``handle`` returned (None until it completed).

        Example:
            >>> response = client.functions.call(id=1).get_response()  # doctest: +SKIP
        """
        return run_sync(client_of(self), self.get_response_async())

    async def get_logs_async(self) -> FunctionCallLog:
        """What the call printed."""
        call_id, function_id = _ids(self, "id", "function_id")
        return await _client(self).functions.calls.get_logs(call_id=call_id, function_id=function_id)

    def get_logs(self) -> FunctionCallLog:
        """What the call printed."""
        return run_sync(client_of(self), self.get_logs_async())

    async def update_async(self) -> None:
        """Refresh ``status``, ``end_time`` and ``error`` from CDF."""
        call_id, function_id = _ids(self, "id", "function_id")
        latest = await _client(self).functions.calls.retrieve(call_id=call_id, function_id=function_id)
        if latest is None:
            raise RuntimeError("Unable to update the function call (it was not found)")
        self.status, self.end_time, self.error = latest.status, latest.end_time, latest.error

    def update(self) -> None:
        """Refresh ``status``, ``end_time`` and ``error`` from CDF."""
        run_sync(client_of(self), self.update_async())

    async def wait_async(self) -> None:
        """Poll until the call is no longer Running (backing off from 0.1 s to 5 s between polls)."""
        pause = 0.1
        while self.status == "Running":
            await asyncio.sleep(pause)
            await self.update_async()
            pause = min(pause * 1.5, 5.0)

    def wait(self) -> None:
        """Poll until the call is no longer Running."""
        run_sync(client_of(self), self.wait_async())


class FunctionCallList(CogniteResourceList[FunctionCall]):
    _RESOURCE = FunctionCall


class FunctionCallLogEntry(FunctionCallLogEntryFields):
    """One line a function call printed."""

    def _format(self, with_timestamps: bool = False) -> str:
        return f"[{self.timestamp}] {self.message}" if with_timestamps else str(self.message)


class FunctionCallLog(CogniteResourceList[FunctionCallLogEntry]):
    """The log of a function call.

    Example:
        >>> from cognite.client.data_classes import FunctionCallLog, FunctionCallLogEntry
        >>> FunctionCallLog([FunctionCallLogEntry(timestamp=1, message="hi")]).to_text()
        'hi'
    """

    _RESOURCE = FunctionCallLogEntry

    def to_text(self, with_timestamps: bool = False) -> str:
        """The log as text, one line per entry."""
        return "\n".join(entry._format(with_timestamps) for entry in self)


class FunctionScheduleWrite(_MasksSecrets, FunctionScheduleWriteFields):
    """What ``functions.schedules.create`` sends (the ``nonce`` of a session the calls run with).

    Example:
        >>> from cognite.client.data_classes import FunctionScheduleWrite
        >>> FunctionScheduleWrite(name="s", cron_expression="*/5 * * * *", function_id=1).dump()
        {'name': 's', 'cronExpression': '*/5 * * * *', 'functionId': 1}
    """

    _MASKED = ("nonce",)


class FunctionScheduleWriteList(CogniteResourceList[FunctionScheduleWrite]):
    _RESOURCE = FunctionScheduleWrite


class FunctionSchedule(FunctionScheduleFields):
    """A schedule calling a function on a cron expression (UTC) with fixed input data."""

    async def get_input_data_async(self) -> dict[str, object] | None:
        """The data the scheduled calls get."""
        return await _client(self).functions.schedules.get_input_data(id=_ids(self, "id")[0])

    def get_input_data(self) -> dict[str, object] | None:
        """The data the scheduled calls get.

        Example:
            >>> data = client.functions.schedules.retrieve(id=1).get_input_data()  # doctest: +SKIP
        """
        return run_sync(client_of(self), self.get_input_data_async())

    def as_write(self) -> FunctionScheduleWrite:
        """The write object, with the input data fetched when a client is attached (as the official SDK)."""
        data = self.get_input_data() if getattr(self, "_cognite_client", None) is not None else None
        return FunctionScheduleWrite(
            name=self.name,
            cron_expression=self.cron_expression,
            function_id=self.function_id,
            function_external_id=self.function_external_id,
            description=self.description,
            data=data,
        )


class FunctionSchedulesList(WriteableCogniteResourceList[FunctionSchedule, FunctionScheduleWriteList]):
    _RESOURCE = FunctionSchedule


class FunctionSchedulesFilter(FunctionSchedulesFilterFields):
    """Filter function schedules."""


class FunctionsLimits(FunctionsLimitsFields):
    """The project's limits for functions (timeout, CPU and memory ranges, runtimes, response size)."""


class FunctionsStatus(FunctionsStatusFields):
    """Whether functions are activated for the project."""
