"""Connection pools: one `httpx.AsyncClient` per event loop and transport settings, shared by all clients.

httpx clients are bound to the loop they first ran on, so pools are keyed by the running loop (and dropped with it).
An injected `httpx.AsyncBaseTransport` (e.g. the in-process emulator) gets its own pool.
"""

from __future__ import annotations

import asyncio
import functools
import weakref
from typing import TYPE_CHECKING, Any

import httpx

from cognite.client.config import global_config

if TYPE_CHECKING:
    import ssl


class _NoCookies(httpx.Cookies):
    """CDF needs no cookies; not storing them also skips httpx's costly per-response cookie parsing."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


#: Bytes per socket read. httpcore reads replies 64 KiB at a time; a 100k-point datapoint page is ~1.8 MB, so 1 MiB
#: reads cut read CPU by ~25% (measured in benchmarks/: the "bare1m" column). httpcore has no per-connection setting,
#: so this raises its class default once, when our first network pool is made; larger reads only return what arrived.
SOCKET_READ_BYTES = 1 << 20


def _raise_socket_read_size() -> None:
    try:
        from httpcore._async.http11 import AsyncHTTP11Connection
    except ImportError:  # a future httpcore layout: keep its default
        return
    if getattr(AsyncHTTP11Connection, "READ_NUM_BYTES", 0) < SOCKET_READ_BYTES:
        AsyncHTTP11Connection.READ_NUM_BYTES = SOCKET_READ_BYTES


def _use_lean_backend(client: httpx.AsyncClient) -> None:
    try:
        from cognite.client._http.network import use_lean_backend
    except ImportError:  # a future httpcore layout: keep its default backend
        return
    use_lean_backend(client)


@functools.cache
def _default_ssl_context() -> ssl.SSLContext:
    """httpx's default context (certifi's CAs), built once per process: loading the CA bundle takes ~40 ms, which
    every new pool (one per event loop) would otherwise pay."""
    return httpx.create_ssl_context()


_POOLS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[tuple[Any, ...], httpx.AsyncClient]] = (
    weakref.WeakKeyDictionary()
)


def _settings_key(transport: httpx.AsyncBaseTransport | None, tls: bool) -> tuple[Any, ...]:
    g = global_config
    return (
        id(transport) if transport is not None else None,
        tls or g.proxy is not None,  # a proxy may speak TLS itself: such pools always verify
        g.max_connection_pool_size,
        g.disable_ssl,
        id(g.ssl_context) if g.ssl_context is not None else None,
        g.proxy,
        g.follow_redirects,
    )


def get_pool(transport: httpx.AsyncBaseTransport | None = None, *, tls: bool = True) -> httpx.AsyncClient:
    """The pooled client for the running event loop (created on first use).

    `tls=False` is for plain `http://` URLs: that pool never opens a TLS connection (unless through a proxy), so it
    does not load the CA bundle (~20-40 ms), which a process talking only to a local emulator would pay for nothing.
    """
    table = _POOLS.setdefault(asyncio.get_running_loop(), {})
    key = _settings_key(transport, tls)
    client = table.get(key)
    if client is None or client.is_closed:
        if transport is None:
            _raise_socket_read_size()
        g = global_config
        verify: Any = False if g.disable_ssl or not key[1] else (g.ssl_context or _default_ssl_context())
        client = httpx.AsyncClient(
            transport=transport,
            limits=httpx.Limits(
                max_connections=g.max_connection_pool_size, max_keepalive_connections=None, keepalive_expiry=5
            ),
            proxy=g.proxy,
            verify=verify,
            follow_redirects=g.follow_redirects,
            timeout=None,  # set per request
        )
        if transport is None:
            _use_lean_backend(client)
        client._cognite_transport_ref = transport  # type: ignore[attr-defined]  # keep id() stable
        if hasattr(client, "_cookies"):
            client._cookies = _NoCookies()
        table[key] = client
    return client


async def close_pools(transport: httpx.AsyncBaseTransport | None | bool = False) -> None:
    """Close pools of the running event loop: all of them, or (given `transport`, None for the default) the ones
    using that transport. The next request opens a new pool.

    Example:
        >>> import asyncio
        >>> from cognite.client._http.pool import close_pools
        >>> asyncio.run(close_pools())
    """
    table = _POOLS.get(asyncio.get_running_loop(), {})
    for key, client in list(table.items()):
        if transport is False or key[0] == (id(transport) if transport is not None else None):
            del table[key]
            await client.aclose()
