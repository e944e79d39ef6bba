"""Function schedules API (``client.functions.schedules``): call a function on a cron expression with fixed data."""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api.functions import function_id_of, session_nonce
from cognite.client.data_classes.functions import (
    FunctionSchedule,
    FunctionSchedulesFilter,
    FunctionSchedulesList,
    FunctionScheduleWrite,
)
from cognite.client.data_classes.iam import ClientCredentials
from cognite.client.data_classes.shared import TimestampRange

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions


def _one_function(function_id: int | None, function_external_id: str | None) -> None:
    if function_id is not None and function_external_id is not None:
        raise ValueError("Both 'function_id' and 'function_external_id' were supplied, pass exactly one or neither.")


class FunctionSchedulesAPI(ResourceAPI[FunctionSchedule, FunctionSchedulesList]):
    """``client.functions.schedules``"""

    _RESOURCE_PATH = "/functions/schedules"
    _resource_cls = FunctionSchedule
    _list_cls = FunctionSchedulesList
    _filter_cls = FunctionSchedulesFilter

    @overload
    def __call__(
        self,
        chunk_size: None = None,
        name: str | None = None,
        function_id: int | None = None,
        function_external_id: str | None = None,
        created_time: dict[str, int] | TimestampRange | None = None,
        cron_expression: str | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[FunctionSchedule]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        name: str | None = None,
        function_id: int | None = None,
        function_external_id: str | None = None,
        created_time: dict[str, int] | TimestampRange | None = None,
        cron_expression: str | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[FunctionSchedulesList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        name: str | None = None,
        function_id: int | None = None,
        function_external_id: str | None = None,
        created_time: dict[str, int] | TimestampRange | None = None,
        cron_expression: str | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[FunctionSchedule] | AsyncIterator[FunctionSchedulesList]:
        """Iterate over schedules (or lists of ``chunk_size``), filtered like ``list``.

        Example:
            >>> for schedule in client.functions.schedules(function_id=1):  # doctest: +SKIP
            ...     schedule
        """
        _one_function(function_id, function_external_id)
        return self._iterate(chunk_size, self._list_filter(locals()), limit)

    @overload
    async def retrieve(
        self, id: int, ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> FunctionSchedule | None: ...
    @overload
    async def retrieve(
        self, id: Sequence[int], ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> FunctionSchedulesList: ...
    async def retrieve(
        self, id: int | Sequence[int], ignore_unknown_ids: bool = False, **options: Unpack[CallOptions]
    ) -> FunctionSchedule | FunctionSchedulesList | None:
        """One schedule by id (None if it does not exist) or, for a list of ids, a list.

        Example:
            >>> schedule = client.functions.schedules.retrieve(id=1)  # doctest: +SKIP
        """
        if isinstance(id, int) and not isinstance(id, bool):
            found = await self._retrieve_ids(ids=[id], ignore_unknown_ids=True)
            return found[0] if found else None
        return await self._retrieve_ids(ids=list(id), ignore_unknown_ids=ignore_unknown_ids)  # type: ignore[arg-type]

    async def list(
        self,
        name: str | None = None,
        function_id: int | None = None,
        function_external_id: str | None = None,
        created_time: dict[str, int] | TimestampRange | None = None,
        cron_expression: str | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> FunctionSchedulesList:
        """List schedules, e.g. of one function.

        Example:
            >>> schedules = client.functions.schedules.list(function_id=1)  # doctest: +SKIP
        """
        _one_function(function_id, function_external_id)
        return await self._list_filtered(self._list_filter(locals()), limit)

    async def create(
        self,
        name: str | FunctionScheduleWrite,
        cron_expression: str | None = None,
        function_id: int | None = None,
        function_external_id: str | None = None,
        client_credentials: dict[str, str] | ClientCredentials | None = None,
        description: str | None = None,
        data: dict[str, object] | None = None,
        **options: Unpack[CallOptions],
    ) -> FunctionSchedule:
        """Create a schedule calling a function on ``cron_expression`` (UTC) with ``data``. Its calls run with the
        session of the write object's ``nonce``, else one made from ``client_credentials``, else from this client.

        Example:
            >>> schedule = client.functions.schedules.create(
            ...     name="My schedule", function_id=123, cron_expression="*/5 * * * *", data={"magic": "stuff"}
            ... )  # doctest: +SKIP
        """
        if isinstance(name, FunctionScheduleWrite):
            item = FunctionScheduleWrite._load(name.dump())
        else:
            if not isinstance(name, str) or not name:
                raise TypeError("name must be a non-empty str or a FunctionScheduleWrite")
            if cron_expression is None:
                raise ValueError("cron_expression must be specified when creating a new schedule.")
            item = FunctionScheduleWrite(name, cron_expression, function_id, function_external_id, description, data)
        if item.function_external_id is not None:
            warnings.warn(
                "'function_external_id' is not supported in the API. Looking up 'function_id' and using that instead.",
                UserWarning,
                stacklevel=2,
            )
        if item.function_id is None or item.function_external_id is not None:
            item.function_id = await function_id_of(self._cognite_client, item.function_id, item.function_external_id)
            item.function_external_id = None
        if item.nonce is None:
            credentials = (
                ClientCredentials._load(client_credentials)
                if isinstance(client_credentials, dict)
                else client_credentials
            )
            item.nonce = await session_nonce(self._cognite_client, credentials)
        return await self._create(item)

    async def delete(self, id: int, **options: Unpack[CallOptions]) -> None:
        """Delete a schedule.

        Example:
            >>> client.functions.schedules.delete(id=123)  # doctest: +SKIP
        """
        await self._delete_ids(ids=id)

    async def get_input_data(self, id: int, **options: Unpack[CallOptions]) -> dict[str, object] | None:
        """The data a schedule's calls get (None if it has none).

        Example:
            >>> data = client.functions.schedules.get_input_data(id=123)  # doctest: +SKIP
        """
        if isinstance(id, bool) or not isinstance(id, int):
            raise TypeError(f"id must be an int, got {type(id).__name__}")
        data: dict[str, object] | None = (await self._get(f"{self._RESOURCE_PATH}/{id}/input_data")).json().get("data")
        return data
