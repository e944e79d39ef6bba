"""Function calls API (``client.functions.calls``): list and retrieve the calls of a function, their responses and
logs. A function is named by ``function_id`` or ``function_external_id`` (looked up first)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cognite.client._api._base import DEFAULT_LIMIT_READ
from cognite.client._api.functions import function_id_of
from cognite.client._api_client import APIClient
from cognite.client.data_classes.functions import FunctionCall, FunctionCallList, FunctionCallLog, FunctionCallsFilter

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions


class FunctionCallsAPI(APIClient):
    """``client.functions.calls``"""

    _RESOURCE_PATH = "/functions/{}/calls"

    def _load(self, item: dict[str, Any]) -> FunctionCall:
        return FunctionCall._load(item, cognite_client=self._cognite_client)

    def _new_list(self, items: list[FunctionCall]) -> FunctionCallList:
        return FunctionCallList(items, cognite_client=self._cognite_client)

    async def _calls_path(self, function_id: int | None, function_external_id: str | None) -> str:
        return self._RESOURCE_PATH.format(await function_id_of(self._cognite_client, function_id, function_external_id))

    async def list(
        self,
        function_id: int | None = None,
        function_external_id: str | None = None,
        status: str | None = None,
        schedule_id: int | None = None,
        start_time: dict[str, int] | None = None,
        end_time: dict[str, int] | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> FunctionCallList:
        """The calls of one function (newest first), filtered by status, schedule and start / end time ranges.

        Example:
            >>> calls = client.functions.calls.list(function_id=1, status="Failed")  # doctest: +SKIP
        """
        flt = FunctionCallsFilter(status=status, schedule_id=schedule_id, start_time=start_time, end_time=end_time)
        path = await self._calls_path(function_id, function_external_id)
        return await self._list(  # type: ignore[no-any-return]
            load=self._load, list_cls=self._new_list, path=path + "/list", filter=flt.dump() or None, limit=limit
        )

    async def retrieve(
        self,
        call_id: int,
        function_id: int | None = None,
        function_external_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> FunctionCall | None:
        """One call of a function (None if there is no such call).

        Example:
            >>> call = client.functions.calls.retrieve(call_id=2, function_id=1)  # doctest: +SKIP
        """
        _check_call_id(call_id)
        path = await self._calls_path(function_id, function_external_id)
        return await self._retrieve({"id": call_id}, load=self._load, path=path + "/byids")  # type: ignore[no-any-return]

    async def get_response(
        self,
        call_id: int,
        function_id: int | None = None,
        function_external_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> dict[str, object] | None:
        """What the call's ``handle`` returned (None while it runs, or if it failed).

        Example:
            >>> response = client.functions.calls.get_response(call_id=2, function_id=1)  # doctest: +SKIP
        """
        _check_call_id(call_id)
        path = await self._calls_path(function_id, function_external_id)
        response: dict[str, object] | None = (await self._get(f"{path}/{call_id}/response")).json().get("response")
        return response

    async def get_logs(
        self,
        call_id: int,
        function_id: int | None = None,
        function_external_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> FunctionCallLog:
        """What the call printed, one entry per line.

        Example:
            >>> print(client.functions.calls.get_logs(call_id=2, function_id=1).to_text())  # doctest: +SKIP
        """
        _check_call_id(call_id)
        path = await self._calls_path(function_id, function_external_id)
        return FunctionCallLog._load((await self._get(f"{path}/{call_id}/logs")).json()["items"])


def _check_call_id(call_id: Any) -> None:
    if isinstance(call_id, bool) or not isinstance(call_id, int):
        raise TypeError(f"call_id must be an int, got {type(call_id).__name__}")
