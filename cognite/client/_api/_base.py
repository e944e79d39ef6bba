"""The one mechanism every resource API is declared over.

A resource API names its path, operation ids, data classes and limits; this base class turns those into chunked
create / retrieve / update / upsert / delete (with successful / failed / unknown / skipped bookkeeping), cursor
and partitioned listing, iteration, search and aggregate. Requests are built from the generated operation index
(``cdf_api.operations.OPERATIONS``: method, path, retryability) and sent through the client's one transport.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from typing import Any, ClassVar, Literal
from urllib.parse import quote

from cognite.client.data_classes._base import CogniteFilter, CogniteObject, CogniteResource, CogniteResourceList
from cognite.client.data_classes._update import CogniteUpdate, UpdateMode
from cognite.client.data_classes.shared import identifier_items
from cognite.client.exceptions import (
    CogniteAPIError,
    CogniteDuplicatedError,
    CogniteException,
    CogniteNotFoundError,
)

DEFAULT_LIMIT_READ = 25
MAX_PARTITIONS = 10


def is_unlimited(limit: float | None) -> bool:
    return limit is None or limit == -1 or limit == math.inf


def check_limit(limit: Any) -> int | None:
    """``None``/-1/inf mean unlimited; otherwise a positive int."""
    if is_unlimited(limit):
        return None
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise ValueError(f"limit must be a non-negative int, None, -1 or math.inf, not {limit!r}")
    return limit


def _is_unknown(error: BaseException) -> bool:
    """5xx and transport failures may have been applied: their items are 'unknown', not 'failed'."""
    if isinstance(error, CogniteAPIError):
        return error.code >= 500
    return isinstance(error, (CogniteException, OSError, asyncio.TimeoutError))


class APIBase:
    """Holds the client and sends operations through its transport."""

    def __init__(self, cognite_client: Any) -> None:
        self._cognite_client = cognite_client

    @property
    def _transport(self) -> Any:
        client = self._cognite_client
        for attr in ("_transport", "transport", "_http_client", "_http"):
            t = getattr(client, attr, None)
            if t is not None and hasattr(t, "send"):
                return t
        raise RuntimeError("The client has no transport")

    async def _request(
        self,
        operation_id: str,
        *,
        path_params: dict[str, Any] | None = None,
        json: Any = None,
        params: dict[str, Any] | None = None,
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Any:
        """Send one spec operation and return the parsed JSON (or raw bytes when the reply is not JSON)."""
        from cdf_api.client import OperationRequest
        from cdf_api.operations import OPERATIONS

        op = OPERATIONS[operation_id]
        path = op.path
        for key, value in (path_params or {}).items():
            path = path.replace("{" + key + "}", quote(str(value), safe=""))
        if params:
            params = {k: _query_value(v) for k, v in params.items() if v is not None}
        request = OperationRequest(
            operation_id=operation_id,
            method=op.method,
            path=path,
            base=getattr(op, "base", "project"),
            params=params or None,
            json=json,
            content=content,
            headers=headers,
            retryable=op.retryable,
        )
        response = await self._transport.send(request)
        if not response.content:
            return {}
        if "json" in response.headers.get("content-type", "json"):
            return response.json()
        return response.content


def _query_value(v: Any) -> Any:
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, (list, tuple)):
        return ",".join(map(str, v))
    return v


def _merge_errors(errors: list[BaseException], **outcome: list[Any]) -> BaseException:
    """One compound error: generic API errors first, then not-found, then duplicated (as the peer SDK does)."""
    api_errors = [e for e in errors if isinstance(e, CogniteAPIError)]
    if len(api_errors) < len(errors):
        other = next(e for e in errors if not isinstance(e, CogniteAPIError))
        if not isinstance(other, CogniteException):
            return other
    generic = [
        e
        for e in api_errors
        if type(e) is CogniteAPIError or not isinstance(e, (CogniteNotFoundError, CogniteDuplicatedError))
    ]
    base = (generic or [e for e in api_errors if isinstance(e, CogniteNotFoundError)] or api_errors or [None])[0]
    missing = [m for e in api_errors for m in (e.missing or [])]
    duplicated = [d for e in api_errors for d in (e.duplicated or [])]
    if base is None:
        err = CogniteAPIError(str(errors[0]), code=0, **outcome)
        err.__cause__ = errors[0]
        return err
    cls = type(base)
    kwargs = dict(
        code=base.code,
        x_request_id=base.x_request_id,
        missing=missing or None,
        duplicated=duplicated or None,
        extra=base.extra,
        cluster=base.cluster,
        project=base.project,
        **outcome,
    )
    try:
        err = cls(base.message, **kwargs)
    except TypeError:
        err = CogniteAPIError(base.message, **kwargs)
    err.__cause__ = base
    return err


async def run_chunks(
    chunks: Sequence[list[Any]],
    send: Callable[[list[Any]], Awaitable[list[Any]]],
    *,
    fail_fast: bool = False,
    unwrap: Callable[[Any], Any] = lambda x: x,
) -> list[Any]:
    """Send every chunk concurrently (the transport limits concurrency); raise one compound error on failure.

    ``successful`` / ``failed`` / ``unknown`` / ``skipped`` hold the (unwrapped) input items of each chunk.
    """
    tasks = [asyncio.ensure_future(send(c)) for c in chunks]
    if fail_fast:
        done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
        for t in pending:
            t.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
    else:
        await asyncio.gather(*tasks, return_exceptions=True)
    results: list[Any] = []
    errors: list[BaseException] = []
    outcome: dict[str, list[Any]] = {"successful": [], "failed": [], "unknown": [], "skipped": []}
    for chunk, task in zip(chunks, tasks, strict=False):
        if task.cancelled():
            outcome["skipped"].extend(map(unwrap, chunk))
            continue
        exc = task.exception()
        if exc is None:
            results.extend(task.result())
            outcome["successful"].extend(map(unwrap, chunk))
        else:
            errors.append(exc)
            outcome["unknown" if _is_unknown(exc) else "failed"].extend(map(unwrap, chunk))
    if errors:
        raise _merge_errors(errors, **outcome)
    return results


def chunked(items: Sequence[Any], size: int) -> list[list[Any]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def _unwrap_identifier(item: Any) -> Any:
    if isinstance(item, dict) and len(item) == 1:
        return next(iter(item.values()))
    return item


class ResourceAPI(APIBase):
    """A CDF resource collection. Subclasses declare; this class implements.

    Declarations: ``_resource_cls`` / ``_list_cls`` / ``_update_cls`` / ``_filter_cls`` data classes and the
    spec ``operationId`` of each operation in ``_ops`` (keys: create, list, byids, update, delete, search,
    aggregate, get). Limits: ``_create_limit`` etc.
    """

    _resource_cls: ClassVar[type[CogniteResource]]
    _list_cls: ClassVar[type[CogniteResourceList]]
    _write: ClassVar[type[CogniteResource] | None] = None
    _update_cls: ClassVar[type[CogniteUpdate] | None] = None
    _filter_cls: ClassVar[type[CogniteFilter] | None] = None
    _ops: ClassVar[dict[str, str]] = {}
    _create_limit: ClassVar[int] = 1000
    _retrieve_limit: ClassVar[int] = 1000
    _update_limit: ClassVar[int] = 1000
    _delete_limit: ClassVar[int] = 1000
    _list_page: ClassVar[int] = 1000
    _identifiers: ClassVar[tuple[str, ...]] = ("id", "external_id")
    _path_params: dict[str, Any] | None = None

    # -- helpers ----------------------------------------------------------------------------------------------
    def _load(self, items: Iterable[dict[str, Any]]) -> Any:
        return self._list_cls._load(items, cognite_client=self._cognite_client)

    def _load_one(self, item: dict[str, Any]) -> Any:
        return self._resource_cls._load(item, cognite_client=self._cognite_client)

    async def _op(self, name: str, **kwargs: Any) -> Any:
        op_id = self._ops.get(name)
        if op_id is None:
            raise NotImplementedError(f"{type(self).__name__} does not support {name}")
        if self._path_params:
            kwargs["path_params"] = {**self._path_params, **kwargs.get("path_params", {})}
        return await self._request(op_id, **kwargs)

    def _dump_write(self, item: Any) -> dict[str, Any]:
        if isinstance(item, dict):
            return item
        if not isinstance(item, CogniteObject):
            raise TypeError(f"Expected {self._resource_cls.__name__} (or its write class), got {type(item).__name__}")
        if isinstance(item, CogniteResource):
            missing = item.missing_required()
            if missing:
                raise ValueError(f"{type(item).__name__} is missing required field(s): {', '.join(missing)}")
            item = item.as_write()
        return item.dump(camel_case=True)

    def _filter_dump(self, filter: Any, **fields: Any) -> dict[str, Any]:
        """Merge a filter object/dict with keyword filter fields into the wire ``filter`` object."""
        out: dict[str, Any] = {}
        if filter is not None:
            if isinstance(filter, dict):
                filter = self._filter_cls._load(filter) if self._filter_cls else filter
            out.update(filter.dump(camel_case=True) if isinstance(filter, CogniteObject) else filter)
        given = {k: v for k, v in fields.items() if v is not None}
        if given:
            if self._filter_cls is not None:
                out.update(self._filter_cls(**given).dump(camel_case=True))
            else:
                from cognite.client.data_classes._spec import to_camel

                out.update({to_camel(k): v.dump() if isinstance(v, CogniteObject) else v for k, v in given.items()})
        return out

    # -- create -----------------------------------------------------------------------------------------------
    async def _create_multiple(
        self, items: Any, extra_body: dict[str, Any] | None = None, limit: int | None = None
    ) -> Any:
        single = not isinstance(items, (list, tuple, CogniteResourceList))
        seq = [items] if single else list(items)
        dumped = [self._dump_write(i) for i in seq]  # validates everything before anything is sent
        by_pos = dict(zip(map(id, dumped), seq, strict=False))

        async def send(chunk: list[dict[str, Any]]) -> list[Any]:
            res = await self._op("create", json={"items": chunk, **(extra_body or {})})
            return res.get("items", [])

        created = await run_chunks(chunked(dumped, limit or self._create_limit), send, unwrap=lambda d: by_pos[id(d)])
        result = self._load(created)
        return result[0] if single else result

    # -- retrieve ---------------------------------------------------------------------------------------------
    async def _retrieve_multiple(
        self,
        ids: Any = None,
        external_ids: Any = None,
        ignore_unknown_ids: bool = False,
        extra: dict[str, Any] | None = None,
        **other_ids: Any,
    ) -> Any:
        items = identifier_items(ids, external_ids)
        for key, values in other_ids.items():
            if values is not None:
                items += [{key: v} for v in (values if isinstance(values, list) else [values])]
        if not items:
            return self._load([])
        body_extra = {"ignoreUnknownIds": True} if ignore_unknown_ids else {}
        body_extra.update(extra or {})

        async def send(chunk: list[dict[str, Any]]) -> list[Any]:
            res = await self._op("byids", json={"items": chunk, **body_extra})
            return res.get("items", [])

        found = await run_chunks(chunked(items, self._retrieve_limit), send, fail_fast=True)
        return self._load(found)

    async def _retrieve_one(self, id: int | None = None, external_id: str | None = None, **kwargs: Any) -> Any:
        if (id is None) == (external_id is None):
            raise ValueError("Give exactly one of id and external_id")
        if id is not None and (isinstance(id, bool) or not isinstance(id, int)):
            raise TypeError(f"id must be an int, not {type(id).__name__}")
        if external_id is not None and not isinstance(external_id, str):
            raise TypeError(f"external_id must be a str, not {type(external_id).__name__}")
        try:
            res = await self._retrieve_multiple(ids=id, external_ids=external_id, **kwargs)
        except CogniteNotFoundError:
            return None
        return res[0] if res else None

    # -- list / iterate ---------------------------------------------------------------------------------------
    async def _pages(
        self,
        body: dict[str, Any],
        limit: int | None,
        *,
        method: str = "list",
        get: bool = False,
        page: int | None = None,
    ) -> AsyncIterator[list[dict[str, Any]]]:
        """Follow ``nextCursor`` until it is absent or ``limit`` items were returned."""
        page = page or self._list_page
        cursor = body.pop("cursor", None)
        remaining = limit
        while remaining is None or remaining > 0:
            n = page if remaining is None else min(page, remaining)
            req = {**body, "limit": n}
            if cursor is not None:
                req["cursor"] = cursor
            res = await (self._op(method, params=req) if get else self._op(method, json=req))
            items = res.get("items", [])
            if remaining is not None:
                items = items[:remaining]
                remaining -= len(items)
            if items:
                yield items
            cursor = res.get("nextCursor")
            if not cursor:
                return

    async def _list_items(
        self,
        body: dict[str, Any],
        limit: Any,
        partitions: int | None = None,
        *,
        method: str = "list",
        get: bool = False,
        page: int | None = None,
    ) -> list[dict[str, Any]]:
        limit = check_limit(limit)
        if partitions is not None:
            if not isinstance(partitions, int) or not 1 <= partitions <= MAX_PARTITIONS:
                raise ValueError(f"partitions must be an int in 1..{MAX_PARTITIONS}")
            if limit is not None:
                raise ValueError("partitions requires limit=None (all items)")
            if body.get("sort"):
                raise ValueError("partitions cannot be combined with sort")

            async def one(i: int) -> list[dict[str, Any]]:
                out: list[dict[str, Any]] = []
                async for items in self._pages(
                    {**body, "partition": f"{i}/{partitions}"}, None, method=method, get=get, page=page
                ):
                    out.extend(items)
                return out

            parts = await run_chunks([[i] for i in range(1, partitions + 1)], lambda c: one(c[0]), fail_fast=True)
            return parts
        out: list[dict[str, Any]] = []
        async for items in self._pages(body, limit, method=method, get=get, page=page):
            out.extend(items)
        return out

    async def _list(
        self, body: dict[str, Any], limit: Any = DEFAULT_LIMIT_READ, partitions: int | None = None, **kw: Any
    ) -> Any:
        return self._load(await self._list_items(body, limit, partitions, **kw))

    async def _iterate(
        self,
        body: dict[str, Any],
        chunk_size: int | None = None,
        limit: Any = None,
        *,
        method: str = "list",
        get: bool = False,
    ) -> AsyncIterator[Any]:
        """Yield resources one by one, or lists of ``chunk_size``."""
        if chunk_size is not None and (not isinstance(chunk_size, int) or chunk_size < 1):
            raise ValueError("chunk_size must be a positive int")
        buffer: list[dict[str, Any]] = []
        async for items in self._pages(body, check_limit(limit), method=method, get=get):
            if chunk_size is None:
                for item in items:
                    yield self._load_one(item)
                continue
            buffer.extend(items)
            while len(buffer) >= chunk_size:
                yield self._load(buffer[:chunk_size])
                buffer = buffer[chunk_size:]
        if buffer:
            yield self._load(buffer)

    def __call__(self, chunk_size: int | None = None, limit: Any = None, **filters: Any) -> AsyncIterator[Any]:
        """Iterate over all resources (or lists of ``chunk_size``), optionally filtered.

        Example:
            >>> for asset in client.assets(chunk_size=None):  # doctest: +SKIP
            ...     asset
        """
        body = {"filter": self._filter_dump(None, **filters)} if self._filter_cls is not None else {}
        return self._iterate(body, chunk_size, limit)

    def __aiter__(self) -> AsyncIterator[Any]:
        return self.__call__()

    # -- update / upsert --------------------------------------------------------------------------------------
    def _update_item(self, item: Any, mode: UpdateMode) -> dict[str, Any]:
        if isinstance(item, CogniteUpdate):
            return item.dump(camel_case=True)
        if isinstance(item, CogniteObject) and self._update_cls is not None:
            return self._update_cls.from_resource(item, mode).dump(camel_case=True)
        if isinstance(item, dict):
            return item
        raise TypeError(f"Cannot update with {type(item).__name__}")

    async def _update_multiple(self, items: Any, mode: UpdateMode = "replace_ignore_null") -> Any:
        single = not isinstance(items, (list, tuple, CogniteResourceList))
        seq = [items] if single else list(items)
        if not seq:
            return self._load([])
        dumped = [self._update_item(i, mode) for i in seq]

        async def send(chunk: list[dict[str, Any]]) -> list[Any]:
            res = await self._op("update", json={"items": chunk})
            return res.get("items", [])

        def unwrap(d: dict[str, Any]) -> Any:
            return d.get("id", d.get("externalId"))

        updated = await run_chunks(chunked(dumped, self._update_limit), send, unwrap=unwrap)
        result = self._load(updated)
        return result[0] if single else result

    async def _upsert_multiple(self, items: Any, mode: Literal["patch", "replace"] = "patch") -> Any:
        """Update what exists, create the rest (matched by external id); return in input order."""
        if mode not in ("patch", "replace"):
            raise ValueError(f"mode must be 'patch' or 'replace', not {mode!r}")
        single = not isinstance(items, (list, tuple, CogniteResourceList))
        seq = [items] if single else list(items)
        if not seq:
            return self._load([])
        for i in seq:
            if getattr(i, "external_id", None) is None and getattr(i, "id", None) is None:
                raise ValueError("upsert needs an id or external_id on every item")
        xids = [i.external_id for i in seq if getattr(i, "id", None) is None]
        existing = await self._retrieve_multiple(external_ids=xids, ignore_unknown_ids=True) if xids else []
        have = {r.external_id for r in existing}
        to_update = [i for i in seq if getattr(i, "id", None) is not None or i.external_id in have]
        to_create = [i for i in seq if getattr(i, "id", None) is None and i.external_id not in have]
        updated, created = await asyncio.gather(
            self._update_multiple(to_update, mode=mode) if to_update else _async_value(self._load([])),
            self._create_multiple(to_create) if to_create else _async_value(self._load([])),
        )
        by_key = {(r.external_id if r.external_id is not None else r.id): r for r in [*updated, *created]}
        ordered = [by_key.get(i.external_id if i.external_id is not None else getattr(i, "id", None)) for i in seq]
        result = self._list_cls([r for r in ordered if r is not None], cognite_client=self._cognite_client)
        return result[0] if single else result

    # -- delete -----------------------------------------------------------------------------------------------
    async def _delete_multiple(
        self,
        ids: Any = None,
        external_ids: Any = None,
        extra_body: dict[str, Any] | None = None,
        items: list[Any] | None = None,
    ) -> None:
        items = items if items is not None else identifier_items(ids, external_ids)
        if not items:
            raise ValueError("Give at least one id or external_id to delete")

        async def send(chunk: list[Any]) -> list[Any]:
            await self._op("delete", json={"items": chunk, **(extra_body or {})})
            return []

        await run_chunks(chunked(items, self._delete_limit), send, unwrap=_unwrap_identifier)

    # -- search / aggregate -----------------------------------------------------------------------------------
    async def _search(self, search: dict[str, Any], filter: Any = None, limit: int = 100) -> Any:
        if not isinstance(limit, int) or limit < 1 or limit > 1000:
            raise ValueError("search limit must be an int in 1..1000")
        body: dict[str, Any] = {"search": {k: v for k, v in search.items() if v is not None}, "limit": limit}
        flt = self._filter_dump(filter)
        if flt:
            body["filter"] = flt
        res = await self._op("search", json=body)
        return self._load(res.get("items", []))

    async def _aggregate(self, body: dict[str, Any]) -> list[dict[str, Any]]:
        res = await self._op("aggregate", json=body)
        return list(res.get("items", []))


async def _async_value(value: Any) -> Any:
    return value
