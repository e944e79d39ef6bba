"""A leaner httpcore network backend: anyio streams as httpcore uses them, minus two per-request costs.

Measured on many small requests (aggregate pages, 170 per call): httpx's request path was ~68% of the client's CPU,
and two parts of it were bookkeeping, not I/O:
- every pool assignment asks each idle connection `has_expired()`, which fetches the raw socket through anyio's
  `extra()`; that rebuilds a dict of socket attributes (with a `getpeername` syscall) per call (~12% of CPU).
  Here the raw socket is looked up once per stream.
- every read and write opens an anyio cancel scope for its timeout (~8% of CPU in task lookups). On Python 3.11+
  `asyncio.timeout` does the same job on the running task, for less.
- a request went out in two socket writes (headers, then body): each a syscall that, on loopback and fast links,
  also runs the receiver's side of TCP (~17% of the CPU of 20 tasks on small requests). Small writes are held and
  sent with the next write or before the first read, so a small request is one write.
- every pool assignment (each request start and end) re-counted the idle connections once per idle connection
  (quadratic in the pool size) and scanned the pool twice per queued request; `LeanPool` makes the same
  decisions in one pass.
- every pool assignment also polls each idle connection's socket (`is_socket_readable`: a poll object and two
  syscalls) to find ones the server closed: ~13% of the CPU of 20 threads sharing a client. A connection that
  did I/O in the last half second cannot have hit a server's idle timeout, so it is not polled; older ones are.
Reads, writes, TLS and connects are still anyio's, so behaviour and errors are httpcore's own.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import sys
import time
from collections.abc import Iterable
from typing import Any

import anyio
import httpcore
from httpcore._backends.anyio import AnyIOBackend, AnyIOStream
from httpcore._utils import is_socket_readable

_READ_ERRORS = (anyio.BrokenResourceError, anyio.ClosedResourceError, anyio.EndOfStream)
_WRITE_ERRORS = (anyio.BrokenResourceError, anyio.ClosedResourceError)


#: An idle connection that did I/O this recently is taken as open without polling its socket (servers' and load
#: balancers' keep-alive timeouts are seconds; a close announced in the response is seen by httpcore itself).
RECENT_IO_S = 0.5


#: Writes smaller than this wait for the next write or the first read (a request's headers join its body).
COALESCE_BYTES = 64 * 1024


class LeanStream(AnyIOStream):
    _raw_socket: Any = None
    _last_io = 0.0
    _held = b""

    if sys.version_info >= (3, 11):  # else: httpcore's own read / write (anyio timeouts)

        async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
            if self._held:
                held, self._held = self._held, b""
                await self._send(held, timeout)
            try:
                async with _scope(timeout):
                    try:
                        data = await self._stream.receive(max_bytes=max_bytes)
                    except anyio.EndOfStream:
                        return b""
                    self._last_io = time.monotonic()
                    return data
            except TimeoutError as e:
                raise httpcore.ReadTimeout(e) from e
            except _READ_ERRORS as e:
                raise httpcore.ReadError(e) from e

        async def write(self, buffer: bytes, timeout: float | None = None) -> None:
            if not buffer:
                return
            held, self._held = self._held, b""
            if len(held) + len(buffer) < COALESCE_BYTES:
                self._held = held + buffer
                return
            if held:  # a large body goes as it is (not copied onto the headers)
                await self._send(held, timeout)
            await self._send(buffer, timeout)

        async def _send(self, buffer: bytes, timeout: float | None) -> None:
            try:
                async with _scope(timeout):
                    await self._stream.send(item=buffer)
                self._last_io = time.monotonic()
            except TimeoutError as e:
                raise httpcore.WriteTimeout(e) from e
            except _WRITE_ERRORS as e:
                raise httpcore.WriteError(e) from e

    async def aclose(self) -> None:
        self._held = b""  # the unsent part of a request that is given up
        await super().aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        tls = await super().start_tls(ssl_context, server_hostname, timeout)
        assert isinstance(tls, AnyIOStream)
        return LeanStream(tls._stream)

    def get_extra_info(self, info: str) -> Any:
        if info in ("socket", "is_readable"):
            if self._raw_socket is None:
                self._raw_socket = super().get_extra_info("socket")
            if info == "socket":
                return self._raw_socket
            return time.monotonic() - self._last_io >= RECENT_IO_S and is_socket_readable(self._raw_socket)
        return super().get_extra_info(info)


class LeanBackend(AnyIOBackend):
    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await super().connect_tcp(host, port, timeout, local_address, socket_options)
        assert isinstance(stream, AnyIOStream)
        return LeanStream(stream._stream)


class LeanPool(httpcore.AsyncConnectionPool):
    """httpcore's pool with an assignment pass that is linear in the pool size; the same policy: closed
    connections are dropped, expired ones (and idle ones beyond the keep-alive limit) closed, then each queued
    request gets the first available connection for its origin, else a new one (room permitting), else an idle
    connection is closed to make room."""

    def _assign_requests_to_connections(self) -> list[Any]:
        closing: list[Any] = []
        kept: list[Any] = []
        idle = 0
        for connection in self._connections:
            if connection.is_closed():
                continue
            if connection.has_expired() or connection.is_idle() and idle >= self._max_keepalive_connections:
                closing.append(connection)
            else:
                idle += connection.is_idle()
                kept.append(connection)
        self._connections[:] = kept
        for pool_request in [r for r in self._requests if r.is_queued()]:
            origin = pool_request.request.url.origin
            found = next((c for c in self._connections if c.can_handle_request(origin) and c.is_available()), None)
            if found is not None:
                pool_request.assign_to_connection(found)
                continue
            if len(self._connections) >= self._max_connections:
                victim = next((c for c in self._connections if c.is_idle()), None)
                if victim is None:
                    continue  # stays queued until a connection frees up
                self._connections.remove(victim)
                closing.append(victim)
            connection = self.create_connection(origin)
            self._connections.append(connection)
            pool_request.assign_to_connection(connection)
        return closing


def _scope(timeout: float | None) -> Any:
    if sys.version_info >= (3, 11) and timeout is not None:
        return asyncio.timeout(timeout)
    return contextlib.nullcontext()


def use_lean_backend(client: Any) -> bool:
    """Give every connection pool of an `httpx.AsyncClient` (its default transport and proxy mounts) the lean
    backend. Only for asyncio (the SDK's loop) and httpcore's known layout; returns whether it was installed."""
    transports = [client._transport, *getattr(client, "_mounts", {}).values()]
    pools = [getattr(t, "_pool", None) for t in transports if t is not None]
    if not pools or not all(p is not None and hasattr(p, "_network_backend") for p in pools):
        return False
    backend = LeanBackend()
    for pool in pools:
        pool._network_backend = backend  # type: ignore[union-attr]
        if type(pool) is httpcore.AsyncConnectionPool and hasattr(pool, "_assign_requests_to_connections"):
            pool.__class__ = LeanPool  # same state, the linear assignment pass
    return True
