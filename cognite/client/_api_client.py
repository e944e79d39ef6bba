"""`APIClient`: the base class of resource APIs, wiring the shared mechanisms to the client's one transport.

A resource API is constructed as `Cls(config, transport, cognite_client)` (by the registry, see `_api_registry.py`),
sets `_RESOURCE_PATH` (and limits / `_CONCURRENCY_CATEGORY` where CDF differs from the defaults), and implements its
public methods as calls to the `_create_multiple` / `_retrieve_multiple` / `_retrieve` / `_update_multiple` /
`_upsert_multiple` / `_delete_multiple` / `_list` / `_list_generator` helpers with a loader (`load`: wire dict ->
data class; `list_cls`: list of loaded objects -> list class). Generated operations are sent with
`_call(module, **kwargs)`. Children in the registry (e.g. `time_series.data`) are declared on the class as
`data: Accessor[DatapointsAPI] = Accessor()` and built on first access.

Per-call options: a public method declares them as `**options: Unpack[CallOptions]` (so type checkers accept
`cdf_version=`, `headers=` and `timeout=` and reject anything else); every public coroutine / async-generator
method of a subclass (and `__call__`) is wrapped by `with_call_options`, which takes them out of the keyword
arguments and holds them in a context variable for the duration of the call, so every request the call sends --
including those of concurrent chunks -- carries them. An unknown keyword raises a `TypeError` naming the valid ones.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import inspect
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

import httpx

from cognite.client._http.retry import classify_concurrency
from cognite.client._http.transport import CALL_OPTIONS, RequestOptions
from cognite.client._mechanisms import paging
from cognite.client._mechanisms.bulk import load_all, parse_json
from cognite.client._mechanisms.chunks import chunked, run_chunks
from cognite.client._mechanisms.identifiers import identifier_of, unwrap
from cognite.client._mechanisms.upsert import upsert
from cognite.client._validation import check_update_items, check_write_items
from cognite.client.exceptions import CogniteNotFoundError

if TYPE_CHECKING:
    from cognite.client._cognite_client import AsyncCogniteClient
    from cognite.client._http.transport import CogniteTransport
    from cognite.client.config import ClientConfig

Load = Callable[[dict[str, Any]], Any]
ListCls = Callable[[list[Any]], Any]


def dump_item(item: Any) -> dict[str, Any]:
    """A write object as a wire dict: dicts pass through; SDK objects via `dump(camel_case=True)`."""
    if isinstance(item, Mapping):
        return dict(item)
    if hasattr(item, "as_write") and callable(item.as_write):
        item = item.as_write()
    if hasattr(item, "dump") and callable(item.dump):
        return item.dump(camel_case=True)
    if hasattr(item, "to_dict") and callable(item.to_dict):
        return item.to_dict()
    raise TypeError(f"Cannot send an object of type {type(item).__name__}; expected a dict or an SDK data object")


def write_items(items: Any) -> tuple[list[Any], bool]:
    """The items of a write call as a list, and whether a list was given (one object in -> one object out)."""
    many = isinstance(items, Sequence) and not isinstance(items, (str, bytes, Mapping))
    return (list(items) if many else [items]), many


def _answer(found: list[dict[str, Any]], load: Load, list_cls: ListCls, many: bool) -> Any:
    loaded = load_all(load, found)
    return list_cls(loaded) if many else loaded[0]


class CallOptions(TypedDict, total=False):
    """Per-call options every public API method accepts (`**options: Unpack[CallOptions]`).

    Example:
        >>> assets = client.assets.list(limit=5, cdf_version="20230101-beta", timeout=10)  # doctest: +SKIP
    """

    cdf_version: str | None  # the `cdf-version` header of every request of this call
    headers: dict[str, str] | None  # extra headers of every request of this call
    timeout: float | None  # seconds, per request


class CallOptionsNoTimeout(TypedDict, total=False):
    """The per-call options of a method with an official ``timeout`` parameter of its own (``transformations.run``):
    that parameter is the method's, not the per-request one."""

    cdf_version: str | None
    headers: dict[str, str] | None


_OPTION_NAMES = tuple(CallOptions.__annotations__)


def _call_options(kwargs: dict[str, Any], own: frozenset[str]) -> RequestOptions | None:
    """Pop the per-call options a method does not declare itself; validate them."""
    found = {n: kwargs.pop(n) for n in _OPTION_NAMES if n not in own and n in kwargs}
    found = {k: v for k, v in found.items() if v is not None}
    if not found:
        return None
    if "cdf_version" in found and not isinstance(found["cdf_version"], str):
        raise TypeError(f"cdf_version must be a string like '20230101-beta', got {found['cdf_version']!r}")
    headers = found.get("headers", {})
    if not isinstance(headers, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
    ):
        raise TypeError("headers must be a dict of str -> str")
    timeout = found.get("timeout")
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0):
        raise ValueError(f"timeout must be a positive number of seconds, got {timeout!r}")
    return RequestOptions(cdf_version=found.get("cdf_version"), headers=dict(headers), timeout=timeout)


def _keyword_check(fn: Callable[..., Any]) -> Callable[[dict[str, Any]], None]:
    """A check that rejects keywords `fn` does not know. A method whose only `**` parameter is `**options` (the
    per-call options) takes no other keywords: Python would accept them silently, so they are refused here."""
    params = inspect.signature(fn).parameters
    var_kw = [p.name for p in params.values() if p.kind is inspect.Parameter.VAR_KEYWORD]
    named = tuple(p.name for p in params.values() if p.kind is not inspect.Parameter.VAR_KEYWORD)
    if var_kw != ["options"]:
        return lambda kwargs: None
    name = fn.__qualname__

    def check(kwargs: dict[str, Any]) -> None:
        unknown = [k for k in kwargs if k not in named]
        if unknown:
            valid = ", ".join(n for n in (*named, *_OPTION_NAMES) if n != "self")
            raise TypeError(f"{name}() got unexpected keyword argument(s) {unknown}; valid: {valid}")

    return check


def _scoped(options: RequestOptions) -> RequestOptions:
    current = CALL_OPTIONS.get()
    return options if current is None else current.merged(options)


def with_call_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Take the per-call options `cdf_version=`, `headers=` and `timeout=` (those `fn` does not declare itself) out
    of a public API method's keywords; every request the call sends uses them. Applied automatically to the public
    coroutine / async-generator methods of every `APIClient` subclass. The signature is left as declared."""
    own = frozenset(p.name for p in inspect.signature(fn).parameters.values() if p.kind is not p.VAR_KEYWORD)
    check = _keyword_check(fn)
    if inspect.isasyncgenfunction(fn):

        @functools.wraps(fn)
        async def gen_wrapper(*args: Any, **kwargs: Any) -> Any:
            options = _call_options(kwargs, own)
            check(kwargs)
            agen = fn(*args, **kwargs)
            if options is None:
                async for item in agen:
                    yield item
                return
            ctx = contextvars.copy_context()
            ctx.run(CALL_OPTIONS.set, _scoped(options))
            try:
                while True:
                    step = ctx.run(asyncio.ensure_future, agen.__anext__())  # each step sees the options
                    try:
                        item = await step
                    except StopAsyncIteration:
                        return
                    yield item
            finally:
                await agen.aclose()

        wrapper: Callable[..., Any] = gen_wrapper
    elif inspect.iscoroutinefunction(fn):

        @functools.wraps(fn)
        async def coro_wrapper(*args: Any, **kwargs: Any) -> Any:
            options = _call_options(kwargs, own)
            check(kwargs)
            if options is None:
                return await fn(*args, **kwargs)
            token = CALL_OPTIONS.set(_scoped(options))
            try:
                return await fn(*args, **kwargs)
            finally:
                CALL_OPTIONS.reset(token)

        wrapper = coro_wrapper
    else:  # e.g. `__call__` returning an async iterator: options apply while it is iterated

        @functools.wraps(fn)
        def plain_wrapper(*args: Any, **kwargs: Any) -> Any:
            options = _call_options(kwargs, own)
            check(kwargs)
            result = fn(*args, **kwargs)
            if options is None or not hasattr(result, "__anext__"):
                return result
            return _drain(result, **_as_kwargs(options))

        wrapper = plain_wrapper
    wrapper._cognite_call_options = True  # type: ignore[attr-defined]
    return wrapper


async def _drain_with_options(source: AsyncIterator[Any]) -> AsyncIterator[Any]:
    async for item in source:
        yield item


def _as_kwargs(options: RequestOptions) -> dict[str, Any]:
    return {"cdf_version": options.cdf_version, "headers": dict(options.headers) or None, "timeout": options.timeout}


_drain = with_call_options(_drain_with_options)


class APIClient:
    """Base class of resource APIs (see the module docstring for how to declare one).

    Every public coroutine / async-generator method (and `__call__`) of a subclass accepts the per-call options
    `cdf_version=`, `headers=` and `timeout=` (added by `with_call_options`), applied to all requests it sends.
    """

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if (not name.startswith("_") or name == "__call__") and callable(value):
                if getattr(value, "_cognite_call_options", False):
                    continue
                if name == "__call__" or inspect.iscoroutinefunction(value) or inspect.isasyncgenfunction(value):
                    setattr(cls, name, with_call_options(value))

    _RESOURCE_PATH: ClassVar[str] = ""
    _CREATE_LIMIT: ClassVar[int] = 1000
    _RETRIEVE_LIMIT: ClassVar[int] = 1000
    _UPDATE_LIMIT: ClassVar[int] = 1000
    _DELETE_LIMIT: ClassVar[int] = 1000
    _LIST_LIMIT: ClassVar[int] = 1000  # page size of list requests
    #: Concurrency category (`global_config.concurrency_settings.<category>`); None: derived from the path.
    _CONCURRENCY_CATEGORY: ClassVar[str | None] = None

    def __init__(self, config: ClientConfig, transport: CogniteTransport, cognite_client: AsyncCogniteClient) -> None:
        self._config = config
        self._transport = transport
        self._cognite_client = cognite_client
        self._api_path = ""  # registry path, set by the client (children are looked up under it)

    def _registered_api(self, name: str) -> Any:
        """The child API `name` (an `Accessor` declared on the class), built from the registry under this API's path."""
        child = self._child_api(name)
        if child is None:
            raise AttributeError(f"{type(self).__name__}.{name} is not in the API registry under {self._api_path!r}")
        return child

    def _child_api(self, name: str) -> Any:
        api_path = self.__dict__.get("_api_path")
        client = self.__dict__.get("_cognite_client")
        return client._child_api(api_path, name) if api_path and client is not None else None

    if not TYPE_CHECKING:  # registry children without a declared accessor (hidden: a misspelt name must not type)

        def __getattr__(self, name: str) -> Any:
            if name.startswith("_"):
                raise AttributeError(name)
            child = self._child_api(name)
            if child is not None:
                setattr(self, name, child)
                return child
            raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")

    # -- raw requests --------------------------------------------------------------------------------------------
    def _concurrency(self, method: str, path: str) -> tuple[str, str] | None:
        if self._CONCURRENCY_CATEGORY is None:
            return None
        return self._CONCURRENCY_CATEGORY, classify_concurrency(method, path)[1]

    async def _request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        cdf_version: str | None = None,
        timeout: float | None = None,
        retryable: bool | None = None,
        content: bytes | None = None,
    ) -> httpx.Response:
        return await self._transport.request(
            method,
            path,
            json=json,
            params=params,
            content=content,
            headers=headers,
            cdf_version=cdf_version,
            timeout=timeout,
            retryable=retryable,
            concurrency=self._concurrency(method, path),
        )

    async def _post(self, path: str, json: Any = None, **kwargs: Any) -> httpx.Response:
        return await self._request("POST", path, json=json, **kwargs)

    async def _get(self, path: str, params: Mapping[str, Any] | None = None, **kwargs: Any) -> httpx.Response:
        return await self._request("GET", path, params=params, **kwargs)

    async def _put(self, path: str, json: Any = None, **kwargs: Any) -> httpx.Response:
        return await self._request("PUT", path, json=json, **kwargs)

    async def _delete(self, path: str, params: Mapping[str, Any] | None = None, **kwargs: Any) -> httpx.Response:
        return await self._request("DELETE", path, params=params, **kwargs)

    async def _post_items(self, path: str, body: dict[str, Any], **opts: Any) -> list[dict[str, Any]]:
        response = await self._post(path, json=body, **opts)
        if not response.content:
            return []
        return parse_json(response.content).get("items") or []

    async def _call(self, operation: Any, **kwargs: Any) -> Any:
        """Send a generated operation (`cdf_api.api.<tag>.<op>` module): build_request -> transport -> parse_response.

        Example:
            >>> from cdf_api.api.assets import list_assets  # doctest: +SKIP
            >>> page = await self._call(list_assets, body=...)  # doctest: +SKIP
        """
        request = operation.build_request(**kwargs)
        response = await self._transport.send(request, concurrency=self._concurrency(request.method, request.path))
        return operation.parse_response(response)

    # -- create / retrieve / update / delete ---------------------------------------------------------------------
    async def _create_multiple(
        self,
        items: Any,
        *,
        load: Load,
        list_cls: ListCls = list,
        dump: Callable[[Any], dict[str, Any]] = dump_item,
        path: str | None = None,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **opts: Any,
    ) -> Any:
        """POST `{path}` `{"items": [...]}` in chunks of `_CREATE_LIMIT`; a single item in -> a single object out."""
        seq, many = write_items(items)
        dumped = [dump(i) for i in seq]  # validate all before sending anything
        by_id = {id(d): i for d, i in zip(dumped, seq, strict=True)}
        target = path if path is not None else self._RESOURCE_PATH
        check_write_items(f"{target.strip('/')}.create", target, dumped)

        async def send(chunk: list[dict[str, Any]]) -> list[dict[str, Any]]:
            return await self._post_items(target, {"items": chunk, **(extra_body or {})}, **opts)

        created = await run_chunks(
            chunked(dumped, limit or self._CREATE_LIMIT), send, unwrap=lambda d: by_id.get(id(d), d)
        )
        return _answer(created, load, list_cls, many)

    async def _retrieve_multiple(
        self,
        identifiers: Sequence[dict[str, Any]],
        *,
        load: Load,
        list_cls: ListCls = list,
        ignore_unknown_ids: bool = False,
        path: str | None = None,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **opts: Any,
    ) -> Any:
        """POST `{path}/byids` in chunks (fail fast); `ignore_unknown_ids` is sent as `ignoreUnknownIds`."""
        target = path if path is not None else self._RESOURCE_PATH + "/byids"
        flags: dict[str, Any] = {"ignoreUnknownIds": True} if ignore_unknown_ids else {}

        async def send(chunk: list[dict[str, Any]]) -> list[dict[str, Any]]:
            return await self._post_items(target, {"items": chunk, **flags, **(extra_body or {})}, **opts)

        if not identifiers:
            return list_cls([])
        # as the peer SDK, a failed retrieve reports the identifier dicts ({"id": 1}); delete / update bare values
        found = await run_chunks(chunked(list(identifiers), limit or self._RETRIEVE_LIMIT), send, fail_fast=True)
        return list_cls(load_all(load, found))

    async def _retrieve(self, identifier: dict[str, Any], *, load: Load, path: str | None = None, **opts: Any) -> Any:
        """One object by identifier, or None when CDF reports it missing."""
        try:
            found = await self._retrieve_multiple([identifier], load=load, path=path, **opts)
        except CogniteNotFoundError:
            return None
        return found[0] if found else None

    async def _update_multiple(
        self,
        items: Any,
        *,
        load: Load,
        list_cls: ListCls = list,
        dump: Callable[[Any], dict[str, Any]] = dump_item,
        path: str | None = None,
        limit: int | None = None,
        **opts: Any,
    ) -> Any:
        """POST `{path}/update` `{"items": [{"id"|"externalId", "update": {...}}]}` in chunks.

        `dump` turns an item into its wire form (the resource decides patch / replace semantics).
        """
        seq, many = write_items(items)
        dumped = [dump(i) for i in seq]
        target = path if path is not None else self._RESOURCE_PATH + "/update"
        base = target.removesuffix("/update")
        check_update_items(f"{base.strip('/')}.update", base, dumped)

        async def send(chunk: list[dict[str, Any]]) -> list[dict[str, Any]]:
            return await self._post_items(target, {"items": chunk}, **opts)

        def report(d: dict[str, Any]) -> Any:
            return d.get("id", d.get("externalId", d.get("instanceId")))

        updated = await run_chunks(chunked(dumped, limit or self._UPDATE_LIMIT), send, unwrap=report)
        return _answer(updated, load, list_cls, many)

    async def _upsert_multiple(
        self,
        items: Any,
        *,
        load: Load,
        list_cls: ListCls = list,
        dump_create: Callable[[Any], dict[str, Any]] = dump_item,
        dump_update: Callable[[Any], dict[str, Any]],
        identifier: Callable[[Any], dict[str, Any]] | None = None,
        path: str | None = None,
        **opts: Any,
    ) -> Any:
        """Update each item, create those CDF reports missing; results in input order (see `_mechanisms.upsert`)."""
        seq, many = write_items(items)
        base = path if path is not None else self._RESOURCE_PATH
        ident = identifier or (lambda i: identifier_of(dump_create(i)))
        # validate all before sending anything: the creates and the updates an item may become
        check_write_items(f"{base.strip('/')}.upsert", base, [dump_create(i) for i in seq])
        check_update_items(f"{base.strip('/')}.upsert", base, [dump_update(i) for i in seq])

        async def send_update(chunk: list[Any]) -> list[dict[str, Any]]:
            return await self._post_items(base + "/update", {"items": [dump_update(i) for i in chunk]}, **opts)

        async def send_create(chunk: list[Any]) -> list[dict[str, Any]]:
            return await self._post_items(base, {"items": [dump_create(i) for i in chunk]}, **opts)

        result = await upsert(
            seq,
            identifier=ident,
            send_update=send_update,
            send_create=send_create,
            update_limit=self._UPDATE_LIMIT,
            create_limit=self._CREATE_LIMIT,
            unwrap=lambda i: unwrap(ident(i)),
        )
        return _answer(result, load, list_cls, many)

    async def _delete_multiple(
        self,
        identifiers: Sequence[dict[str, Any]],
        *,
        ignore_unknown_ids: bool = False,
        path: str | None = None,
        limit: int | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **opts: Any,
    ) -> list[dict[str, Any]]:
        """POST `{path}/delete` in chunks; returns whatever items CDF answered with (usually none)."""
        if not identifiers:
            raise ValueError("Give at least one identifier to delete")
        target = path if path is not None else self._RESOURCE_PATH + "/delete"
        flags: dict[str, Any] = {"ignoreUnknownIds": True} if ignore_unknown_ids else {}

        async def send(chunk: list[dict[str, Any]]) -> list[dict[str, Any]]:
            return await self._post_items(target, {"items": chunk, **flags, **(extra_body or {})}, **opts)

        return await run_chunks(chunked(list(identifiers), limit or self._DELETE_LIMIT), send, unwrap=unwrap)

    # -- list / iterate ------------------------------------------------------------------------------------------
    def _fetcher(self, method: str, path: str | None, opts: dict[str, Any]) -> paging.Fetch:
        method = method.upper()
        target = path if path is not None else self._RESOURCE_PATH + ("/list" if method == "POST" else "")

        async def fetch(request: dict[str, Any]) -> dict[str, Any]:
            if method == "GET":
                response = await self._get(target, params=request, **opts)
            else:
                response = await self._post(target, json=request, **opts)
            page: dict[str, Any] = parse_json(response.content)
            return page

        return fetch

    @staticmethod
    def _list_base(filter: Any, body: Mapping[str, Any] | None) -> dict[str, Any]:
        base = {k: v for k, v in (body or {}).items() if v is not None}
        if filter is not None:
            base["filter"] = filter.dump(camel_case=True) if hasattr(filter, "dump") else filter
        return base

    async def _list(
        self,
        *,
        load: Load,
        list_cls: ListCls = list,
        method: str = "POST",
        path: str | None = None,
        limit: Any = paging.DEFAULT_LIMIT_READ,
        filter: Any = None,
        body: Mapping[str, Any] | None = None,
        partitions: int | None = None,
        **opts: Any,
    ) -> Any:
        """All items of a list call: POST `{path}/list` with a body (or GET `{path}` with query parameters).

        `limit` None / -1 / inf = all; `partitions` runs that many cursor loops concurrently.
        """
        items = await paging.collect(
            self._fetcher(method, path, opts),
            self._list_base(filter, body),
            limit=limit,
            partitions=partitions,
            page_size=self._LIST_LIMIT,
        )
        return list_cls(load_all(load, items))

    async def _list_generator(
        self,
        *,
        load: Load,
        list_cls: ListCls = list,
        chunk_size: int | None = None,
        method: str = "POST",
        path: str | None = None,
        limit: Any = None,
        filter: Any = None,
        body: Mapping[str, Any] | None = None,
        partitions: int | None = None,
        **opts: Any,
    ) -> AsyncIterator[Any]:
        """Yield objects one by one, or `list_cls` lists of `chunk_size` (use from a resource's `__call__`)."""
        async for chunk in paging.iterate(
            self._fetcher(method, path, opts),
            self._list_base(filter, body),
            limit=limit,
            chunk_size=chunk_size,
            partitions=partitions,
            page_size=self._LIST_LIMIT,
        ):
            if chunk_size is None:
                for obj in chunk:
                    yield load(obj)
            else:
                yield list_cls(load_all(load, chunk))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project={self._config.project!r})"
