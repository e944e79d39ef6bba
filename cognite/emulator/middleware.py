"""The one ASGI middleware every API request passes: request id, request log, fault injection, auth check,
response validation. Control-plane paths (/_emulator/...) bypass it."""

from __future__ import annotations

import asyncio
import gzip
import itertools
import secrets
from typing import TYPE_CHECKING, Any

from starlette.types import Message, Scope

from cognite.emulator.http import CDFError
from cognite.emulator.requestlog import LoggedRequest

if TYPE_CHECKING:
    from cognite.emulator.emulator import Emulator


PROJECT_PREFIX = "/api/v1/projects/"
FILES_PREFIX = "/_emulator/projects/"  # file contents (upload / download URLs): data, not control
FAULT_MESSAGES = {
    429: "Too many requests",
    500: "Internal server error",
    502: "Bad gateway",
    503: "Service unavailable",
    504: "Gateway timeout",
}


class ConnectionDropped(Exception):
    """Raised (in-process) to make the transport report a connection closed without a complete answer."""


def split_project(path: str) -> tuple[str | None, str]:
    """/api/v1/projects/demo/assets/list -> ("demo", "/assets/list"); other paths -> (None, path)."""
    if not path.startswith(PROJECT_PREFIX):
        return None, path
    rest = path[len(PROJECT_PREFIX) :]
    project, sep, route = rest.partition("/")
    return project, "/" + route if sep else "/"


class EmulatorMiddleware:
    def __init__(self, app: Any, emu: Emulator) -> None:
        self.app = app
        self.emu = emu
        self.state = app.state  # app.state.emulator, as on the Starlette app
        self._ids = itertools.count(1)

    def _control_denied(self, scope: Scope) -> CDFError | None:
        """With strict auth, the control plane (reset, faults, the request log...) needs the admin token; the
        health check stays open, and file content URLs (handed to API clients) take an API token."""
        emu = self.emu
        path = scope["path"]
        if not emu.auth.strict or path == "/_emulator/health":
            return None
        authorization = dict(scope["headers"]).get(b"authorization", b"").decode("latin-1")
        if path.startswith(FILES_PREFIX):
            return emu.auth.check(authorization or None)
        scheme, _, token = authorization.partition(" ")
        if emu.admin_token and scheme.lower() == "bearer" and secrets.compare_digest(token.strip(), emu.admin_token):
            return None
        return CDFError(401, "Unauthorized: the control plane needs the emulator's admin token (see its banner)")

    async def _journaled(self, scope: Scope, receive: Any, send: Any) -> None:
        assert self.emu.durability is not None
        body = await _read_body(receive)
        if body is None:
            return
        for message in await self.emu.durability.serve(self.app, scope, body, _replayer(body, receive)):
            await send(message)

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"].startswith("/_emulator"):
            # Control plane: not logged, never faulted; still carries a request id like every response.
            control_id = (b"x-request-id", f"emu-control-{next(self._ids):08d}".encode())

            async def send_with_id(message: Message) -> None:
                if message["type"] == "http.response.start":
                    message["headers"] = [*message.get("headers", []), control_id]
                await send(message)

            denied = self._control_denied(scope)
            if denied is not None:
                await denied.response()(scope, receive, send_with_id)
                return
            if self.emu.durability is not None and scope["method"] != "GET" and scope["path"].startswith(FILES_PREFIX):
                await self._journaled(scope, receive, send_with_id)  # uploaded file contents are data
                return
            await self.app(scope, receive, send_with_id)
            return
        emu = self.emu
        method: str = scope["method"]
        path: str = scope["path"]
        project, route = split_project(path)

        # Read the whole body up front: it goes into the log, and the app gets it replayed.
        body = await _read_body(receive)
        if body is None:
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        request_id = f"emu-{next(self._ids):08d}"
        entry = LoggedRequest(
            method=method,
            path=path,
            route=route,
            project=project,
            query=scope.get("query_string", b"").decode("latin-1"),
            headers=headers,
            raw_body=body,
            request_id=request_id,
        )
        emu.requests.append(entry)
        if project is not None:
            emu.seen_projects.add(project)
        rid_header = (b"x-request-id", request_id.encode())
        validator = emu.validator if project is not None else None
        response_chunks: list[bytes] = []

        gzip_ok = emu.gzip_responses and "gzip" in headers.get("accept-encoding", "")
        held_start: Message | None = None

        async def send_tracked(message: Message) -> None:
            nonlocal held_start
            if message["type"] == "http.response.start":
                entry.status = message["status"]
                message["headers"] = [*message.get("headers", []), rid_header]
                if gzip_ok:
                    held_start = message  # sent with the (maybe compressed) body
                    return
            elif message["type"] == "http.response.body":
                if validator is not None:
                    response_chunks.append(message.get("body", b""))
                if held_start is not None:
                    start, held_start = held_start, None
                    message = _maybe_gzip(start, message)
                    await send(start)
            await send(message)

        replay = _replayer(body, receive)
        decision = emu.faults.decide(method, route, project is not None)
        if decision is not None:
            if decision.latency:
                await asyncio.sleep(decision.latency)
            rule = decision.rule
            if rule is not None and rule.drop is not None:
                entry.fault = f"drop:{rule.drop}"
                if rule.drop == "after":
                    if emu.durability is not None and may_write(method, route):
                        await emu.durability.serve(self.app, scope, body, replay)
                    else:
                        await self.app(scope, replay, _discard)
                await _drop_connection(send)
                return
            if rule is not None and rule.status is not None:
                entry.fault = f"status:{rule.status}"
                extra_headers = {}
                if rule.retry_after is not None:
                    extra_headers["Retry-After"] = _format_seconds(rule.retry_after)
                if rule.auto_retryable:
                    extra_headers["cdf-is-auto-retryable"] = "true"
                message = rule.message or FAULT_MESSAGES.get(rule.status, "Injected fault")
                await CDFError(rule.status, message, headers=extra_headers).response()(scope, replay, send_tracked)
                return

        if path.startswith("/api/"):
            denied = emu.auth.check(headers.get("authorization"), project)
            if denied is not None:
                await denied.response()(scope, replay, send_tracked)
                return

        if emu.durability is None or not may_write(method, route):
            await self.app(scope, replay, send_tracked)
        else:
            # An acknowledged write must survive a crash: its answer waits until its journal record is on disk.
            for answer in await emu.durability.serve(self.app, scope, body, replay):
                await send_tracked(answer)
        if validator is not None and entry.status is not None:
            validator.check(method, route, entry.status, b"".join(response_chunks))


# POSTs that only read (list, retrieve, search, aggregate, query, ...): they need no save before their answer.
_READ_SUFFIXES: tuple[str, ...] = ("/list", "/byids", "/search", "/aggregate", "/filter", "/query", "/sync")
_READ_SUFFIXES += ("/latest", "/cursors", "/inspect", "/downloadlink")


def may_write(method: str, route: str) -> bool:
    return method != "GET" and not (method == "POST" and route.rstrip("/").endswith(_READ_SUFFIXES))


GZIP_MIN_BYTES = 1024


def _maybe_gzip(start: Message, body: Message) -> Message:
    """Compress a complete JSON body (as CDF does), fixing content-length; streamed bodies pass unchanged."""
    data = body.get("body", b"")
    if body.get("more_body") or len(data) < GZIP_MIN_BYTES:
        return body
    packed = gzip.compress(data, compresslevel=1)
    headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
    start["headers"] = [*headers, (b"content-encoding", b"gzip"), (b"content-length", str(len(packed)).encode())]
    return {**body, "body": packed}


async def _read_body(receive: Any) -> bytes | None:
    """The whole request body (None: the client went away before sending it)."""
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


def _replayer(body: bytes, receive: Any) -> Any:
    """An ASGI `receive` that hands the app the body read up front, then defers to the client's."""
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _discard(message: Message) -> None:
    return None


async def _drop_connection(send: Any) -> None:
    """Close the client's connection without answering. Under uvicorn the socket itself is closed; in-process
    the transport turns ConnectionDropped into the error httpx raises for a closed connection."""
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is not None and hasattr(transport, "abort"):
        transport.abort()
        # Let the server notice the disconnect before the app returns (it then skips its own 500 answer).
        for _ in range(3):
            await asyncio.sleep(0)
        return
    raise ConnectionDropped()


def _format_seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
