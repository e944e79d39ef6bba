"""The datapoints routes (mounted by the emulator app under /api/v1/projects/{project}, contracts.md §2)."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, Protocol

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from cognite.emulator.datapoints import insert, render, retrieve, synthetic
from cognite.emulator.datapoints.refs import Resolver, ShortPager, TimeSeriesRef
from cognite.emulator.datapoints.store import DatapointStore
from cognite.emulator.http import CDFError, json_response, read_body, read_json

PROTOBUF = "application/protobuf"


class ChangeListener(Protocol):
    """What the service tells about stored changes (called under its lock, after the change)."""

    def datapoints_inserted(self, items: list[insert.InsertItem], refs: list[TimeSeriesRef]) -> None: ...

    def datapoints_deleted(self, ranges: list[tuple[TimeSeriesRef, int, int]]) -> None: ...


class DatapointsService:
    """Stateful datapoints for the emulator: insert, list (JSON or protobuf), latest, delete, synthetic queries.

    Example:
        >>> service = DatapointsService(resolve=lambda ident: None)
        >>> app_routes = service.routes()  # mount under /api/v1/projects/{project}
    """

    def __init__(self, resolve: Resolver, faults: ShortPager | None = None) -> None:
        self.resolve = resolve
        self.faults = faults
        self.store = DatapointStore()
        # Handlers run their synchronous part under this lock: the emulator may serve a socket and in-process
        # clients from different threads at once. Never held across an await, nor while taking another lock.
        self.lock = threading.Lock()
        # Told of every stored change (datapoint subscriptions set it while one exists; None keeps writes free).
        self.listener: ChangeListener | None = None

    def routes(self) -> list[Route]:
        """The service's routes, relative to /api/v1/projects/{project}.

        Example:
            >>> from starlette.routing import Mount
            >>> service = DatapointsService(resolve=lambda ident: None)
            >>> mount = Mount("/api/v1/projects/{project}", routes=service.routes())
        """
        handlers: list[tuple[str, Callable[[Request], Awaitable[Response]]]] = [
            ("/timeseries/data", self._insert),
            ("/timeseries/data/list", self._list),
            ("/timeseries/data/latest", self._latest),
            ("/timeseries/data/delete", self._delete),
            ("/timeseries/synthetic/query", self._synthetic),
        ]
        return [Route(path, _errors_as_cdf(handler), methods=["POST"]) for path, handler in handlers]

    def drop(self, ts_id: int) -> None:
        """Forget the datapoints of a deleted time series.

        Example:
            >>> DatapointsService(resolve=lambda ident: None).drop(123)
        """
        with self.lock:
            self.store.drop(ts_id)

    def reset(self) -> None:
        """Forget every datapoint.

        Example:
            >>> DatapointsService(resolve=lambda ident: None).reset()
        """
        with self.lock:
            self.store.clear()

    def dump(self) -> bytes:
        """All datapoints as bytes (an .npz archive) for persistence.

        Example:
            >>> blob = DatapointsService(resolve=lambda ident: None).dump()
        """
        with self.lock:
            return self.store.dump()

    def load(self, data: bytes) -> None:
        """Replace all datapoints with a `dump()`.

        Example:
            >>> service = DatapointsService(resolve=lambda ident: None)
            >>> service.load(service.dump())
        """
        with self.lock:
            self.store.load(data)

    async def _insert(self, request: Request) -> Response:
        raw = await read_body(request)
        is_protobuf = request.headers.get("content-type", "").split(";")[0].strip().lower() == PROTOBUF
        if is_protobuf:
            items = insert.parse_protobuf(raw)
        else:
            with _gc_paused():  # 100k point objects would otherwise trigger several full collections
                items = insert.parse_json(_json_object(raw))
        with self.lock:
            refs = insert.validate_and_store(items, self.resolve, self.store)
            if self.listener is not None:
                self.listener.datapoints_inserted(items, refs)
        return json_response({})

    async def _list(self, request: Request) -> Response:
        body = await read_json(request)
        with self.lock:
            results = retrieve.list_datapoints(body, self.resolve, self.store, self.faults)
            if PROTOBUF in request.headers.get("accept", ""):
                return BuffersResponse(render.to_protobuf_parts(results), media_type=PROTOBUF)
            return json_response(render.to_json(results))

    async def _latest(self, request: Request) -> Response:
        body = await read_json(request)
        with self.lock:
            return json_response({"items": retrieve.latest(body, self.resolve, self.store)})

    async def _delete(self, request: Request) -> Response:
        body = await read_json(request)
        with self.lock:
            ranges = retrieve.delete(body, self.resolve, self.store)
            if self.listener is not None:
                self.listener.datapoints_deleted(ranges)
        return json_response({})

    async def _synthetic(self, request: Request) -> Response:
        body = await read_json(request)
        with self.lock:
            return json_response({"items": synthetic.query(body, self.resolve, self.store)})


class BuffersResponse(Response):
    """A 200 reply whose body is a list of buffers sent one after another (with the total Content-Length), so
    megabyte-sized point payloads are handed to the server without being joined into a new bytes object."""

    def __init__(self, parts: list[bytes | memoryview], media_type: str) -> None:
        super().__init__(b"", media_type=media_type)
        self.parts = parts
        length = sum(len(p) for p in parts)
        self.raw_headers = [(k, v) for k, v in self.raw_headers if k != b"content-length"]
        self.raw_headers.append((b"content-length", str(length).encode()))

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        last = len(self.parts) - 1
        for i, part in enumerate(self.parts):
            await send({"type": "http.response.body", "body": part, "more_body": i < last})


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _json_object(raw: bytes) -> dict[str, Any]:
    try:
        body = orjson.loads(raw) if raw else {}
    except orjson.JSONDecodeError as e:
        raise CDFError(400, f"Unable to parse request body as JSON: {e}") from e
    if not isinstance(body, dict):
        raise CDFError(400, "Request body must be a JSON object")
    return body


def _errors_as_cdf(handler: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
    # The app may translate CDFError too; answering here keeps the service usable on its own.
    async def endpoint(request: Request) -> Response:
        try:
            return await handler(request)
        except CDFError as e:
            return e.response()

    return endpoint
