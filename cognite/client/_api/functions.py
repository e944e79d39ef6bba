"""Functions API: create (from a folder, a zip already in the files API, or a ``handle`` object), list, retrieve,
delete and call functions; ``.calls`` and ``.schedules`` hold their calls and schedules."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI, check_id_lists
from cognite.client._api._function_code import HANDLER_FILE_NAME, check_folder, zip_folder, zip_handle
from cognite.client._api_registry import Accessor
from cognite.client._mechanisms.identifiers import single_identifier
from cognite.client.data_classes.functions import (
    Function,
    FunctionCall,
    FunctionFilter,
    FunctionHandle,
    FunctionList,
    FunctionsLimits,
    FunctionsStatus,
    FunctionStatus,
    FunctionWrite,
    RunTime,
)
from cognite.client.data_classes.shared import TimestampRange

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api.function_calls import FunctionCallsAPI
    from cognite.client._api.function_schedules import FunctionSchedulesAPI
    from cognite.client._api_client import CallOptions
    from cognite.client._cognite_client import AsyncCogniteClient
    from cognite.client.data_classes.iam import ClientCredentials
    from cognite.client.utils.useful_types import SequenceNotStr

_UPLOAD_CHECKS = 5  # how often create looks for the uploaded zip before giving up (1 s, 2 s, 4 s, ...)


async def function_id_of(client: AsyncCogniteClient, function_id: int | None, function_external_id: str | None) -> int:
    """The internal id of the function named by exactly one of id / external id (looked up for an external id)."""
    if (function_id is None) == (function_external_id is None):
        raise ValueError("Exactly one of function_id and function_external_id must be specified")
    if function_id is not None:
        if isinstance(function_id, bool) or not isinstance(function_id, int):
            raise TypeError(f"function_id must be an int, got {type(function_id).__name__}")
        return function_id
    if not isinstance(function_external_id, str):
        raise TypeError(f"function_external_id must be a str, got {type(function_external_id).__name__}")
    function = await client.functions.retrieve(external_id=function_external_id)
    if function is None:
        raise ValueError(f'Function with external ID "{function_external_id}" is not found')
    return function.id


async def session_nonce(client: AsyncCogniteClient, client_credentials: ClientCredentials | None = None) -> str:
    """The nonce of a new session (from the given client credentials, the client's own, or a token exchange)."""
    session = await client.iam.sessions.create(client_credentials=client_credentials)
    if not session.nonce:
        raise RuntimeError("CDF created a session without a nonce")
    return session.nonce


def _float_or_none(value: Any, name: str) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, float)):
        raise TypeError(f"{name} must be a float or None, got {type(value).__name__}")


class FunctionsAPI(ResourceAPI[Function, FunctionList]):
    """``client.functions``"""

    _RESOURCE_PATH = "/functions"
    _resource_cls = Function
    _list_cls = FunctionList
    _filter_cls = FunctionFilter

    calls: Accessor[FunctionCallsAPI] = Accessor()
    schedules: Accessor[FunctionSchedulesAPI] = Accessor()

    @overload
    def __call__(
        self,
        chunk_size: None = None,
        name: str | None = None,
        owner: str | None = None,
        file_id: int | None = None,
        status: FunctionStatus | None = None,
        external_id_prefix: str | None = None,
        created_time: dict[Literal["min", "max"], int] | TimestampRange | None = None,
        metadata: dict[str, str] | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Function]: ...
    @overload
    def __call__(
        self,
        chunk_size: int,
        name: str | None = None,
        owner: str | None = None,
        file_id: int | None = None,
        status: FunctionStatus | None = None,
        external_id_prefix: str | None = None,
        created_time: dict[Literal["min", "max"], int] | TimestampRange | None = None,
        metadata: dict[str, str] | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[FunctionList]: ...
    def __call__(
        self,
        chunk_size: int | None = None,
        name: str | None = None,
        owner: str | None = None,
        file_id: int | None = None,
        status: FunctionStatus | None = None,
        external_id_prefix: str | None = None,
        created_time: dict[Literal["min", "max"], int] | TimestampRange | None = None,
        metadata: dict[str, str] | None = None,
        limit: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Function] | AsyncIterator[FunctionList]:
        """Iterate over functions (or lists of ``chunk_size``), filtered like ``list``.

        Example:
            >>> for function in client.functions(status="Ready"):  # doctest: +SKIP
            ...     function
        """
        return self._iterate(chunk_size, self._list_filter(locals()), limit)

    async def create(
        self,
        name: str | FunctionWrite,
        folder: str | None = None,
        file_id: int | None = None,
        function_path: str = HANDLER_FILE_NAME,
        function_handle: FunctionHandle | None = None,
        external_id: str | None = None,
        description: str | None = None,
        owner: str | None = None,
        secrets: dict[str, str] | None = None,
        env_vars: dict[str, str] | None = None,
        cpu: float | None = None,
        memory: float | None = None,
        runtime: RunTime | None = None,
        metadata: dict[str, str] | None = None,
        index_url: str | None = None,
        extra_index_urls: list[str] | None = None,
        skip_folder_validation: bool = False,
        data_set_id: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Function:
        """Create a function from exactly one of: ``folder`` (zipped and uploaded to the files API), ``file_id`` (a
        zip already there) or ``function_handle`` (a function named ``handle``: its source is uploaded as
        ``handler.py``, with the ``[requirements]`` of its docstring). ``function_path`` names the file defining
        ``handle`` within the zip. Passing a ``FunctionWrite`` as ``name`` creates it as is.

        Example:
            >>> function = client.functions.create(name="myfunction", folder="path/to/code")  # doctest: +SKIP
            >>> def handle(client, data):
            ...     return {"assets": len(client.assets.list(limit=5))}
            >>> function = client.functions.create(name="counter", function_handle=handle)  # doctest: +SKIP
        """
        if isinstance(name, FunctionWrite):
            write = name
        else:
            if not isinstance(name, str) or not name:
                raise TypeError("name must be a non-empty str or a FunctionWrite")
            given = [
                k for k, v in {"folder": folder, "file_id": file_id, "function_handle": function_handle}.items() if v
            ]
            if len(given) != 1:
                found = ", ".join(given) if given else "none"
                raise TypeError(
                    f"Exactly one of the arguments folder, file_id and function_handle is required ({found} given)"
                )
            _float_or_none(cpu, "cpu")
            _float_or_none(memory, "memory")
            if folder:
                check_folder(folder, function_path, skip_folder_validation)
                file_id = await self._upload(zip_folder(folder), name, external_id, data_set_id)
            elif function_handle is not None:
                file_id = await self._upload(zip_handle(function_handle), name, external_id, data_set_id)
            assert file_id is not None
            await self._wait_uploaded(file_id)
            write = FunctionWrite(
                name=name,
                file_id=file_id,
                external_id=external_id,
                description=description,
                owner=owner,
                function_path=function_path,
                secrets=secrets,
                env_vars=env_vars,
                cpu=cpu,
                memory=memory,
                runtime=runtime,
                metadata=metadata,
                index_url=index_url,
                extra_index_urls=extra_index_urls,
            )
        return await self._create(write)

    async def _upload(self, zipped: bytes, name: str, external_id: str | None, data_set_id: int | None) -> int:
        file = await self._cognite_client.files.upload_bytes(
            zipped,
            name=f"{name.replace('/', '-')}.zip",
            external_id=external_id,
            overwrite=bool(external_id),
            data_set_id=data_set_id,
        )
        return file.id

    async def _wait_uploaded(self, file_id: int) -> None:
        pause = 1.0
        for _ in range(_UPLOAD_CHECKS):
            file = await self._cognite_client.files.retrieve(id=file_id)
            if file is not None and file.uploaded:
                return
            await asyncio.sleep(pause)
            pause *= 2
        raise RuntimeError(f"The function's code (file id {file_id}) is not uploaded to the files API")

    async def delete(
        self,
        id: int | Sequence[int] | None = None,
        external_id: str | SequenceNotStr[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Delete functions by id and / or external id.

        Example:
            >>> client.functions.delete(id=[1, 2, 3], external_id="function3")  # doctest: +SKIP
        """
        await self._delete_ids(ids=id, external_ids=external_id)

    async def list(
        self,
        name: str | None = None,
        owner: str | None = None,
        file_id: int | None = None,
        status: FunctionStatus | None = None,
        external_id_prefix: str | None = None,
        created_time: dict[Literal["min", "max"], int] | TimestampRange | None = None,
        metadata: dict[str, str] | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> FunctionList:
        """List functions.

        Example:
            >>> functions_list = client.functions.list(status="Ready")  # doctest: +SKIP
        """
        return await self._list_filtered(self._list_filter(locals()), limit)

    async def retrieve(
        self, id: int | None = None, external_id: str | None = None, **options: Unpack[CallOptions]
    ) -> Function | None:
        """One function by id or external id (None if it does not exist).

        Example:
            >>> res = client.functions.retrieve(external_id="abc")  # doctest: +SKIP
        """
        return await self._retrieve(single_identifier(id, external_id), load=self._load)  # type: ignore[no-any-return]

    async def retrieve_multiple(
        self,
        ids: Sequence[int] | None = None,
        external_ids: SequenceNotStr[str] | None = None,
        ignore_unknown_ids: bool = False,
        **options: Unpack[CallOptions],
    ) -> FunctionList:
        """Functions by ids and / or external ids.

        Example:
            >>> res = client.functions.retrieve_multiple(ids=[1, 2, 3])  # doctest: +SKIP
        """
        check_id_lists(ids, external_ids)
        return await self._retrieve_ids(ids=ids, external_ids=external_ids, ignore_unknown_ids=ignore_unknown_ids)

    async def call(
        self,
        id: int | None = None,
        external_id: str | None = None,
        data: dict[str, object] | None = None,
        wait: bool = True,
        nonce: str | None = None,
        **options: Unpack[CallOptions],
    ) -> FunctionCall:
        """Call a function with ``data`` (JSON); the call runs with the session of ``nonce`` (default: a new session
        from this client's credentials). ``wait`` polls until the call is no longer Running.

        Example:
            >>> call = client.functions.call(id=1, data={"x": 1})  # doctest: +SKIP
            >>> call.get_response()  # doctest: +SKIP
        """
        if data is not None and not isinstance(data, dict):
            raise TypeError(f"data must be a dict (JSON object) or None, got {type(data).__name__}")
        function_id = await function_id_of(self._cognite_client, id, external_id)
        nonce = nonce or await session_nonce(self._cognite_client)
        response = await self._post(
            f"{self._RESOURCE_PATH}/{function_id}/call", json={"data": data or {}, "nonce": nonce}
        )
        call = FunctionCall._load(response.json(), cognite_client=self._cognite_client)
        if wait:
            await call.wait_async()
        return call

    async def limits(self, **options: Unpack[CallOptions]) -> FunctionsLimits:
        """The project's limits for functions.

        Example:
            >>> limits = client.functions.limits()  # doctest: +SKIP
        """
        response = await self._get(self._RESOURCE_PATH + "/limits")
        return FunctionsLimits._load(response.json())

    async def activate(self, **options: Unpack[CallOptions]) -> FunctionsStatus:
        """Activate functions for the project (in CDF this may take hours).

        Example:
            >>> status = client.functions.activate()  # doctest: +SKIP
        """
        response = await self._post(self._RESOURCE_PATH + "/status")
        return FunctionsStatus._load(response.json())

    async def status(self, **options: Unpack[CallOptions]) -> FunctionsStatus:
        """Whether functions are activated for the project.

        Example:
            >>> status = client.functions.status()  # doctest: +SKIP
        """
        response = await self._get(self._RESOURCE_PATH + "/status")
        return FunctionsStatus._load(response.json())
