"""Run an async API call from a data class method (``asset.subtree()``, ``asset_list.events()``, ...).

Resources carry the ``AsyncCogniteClient`` that loaded them. Their navigation methods are synchronous (the seed
examples call ``c.assets.retrieve(...).subtree()``) and have ``*_async`` twins; the synchronous form runs the
coroutine on the client's own event loop when it has one (the sync client's background loop), else in a fresh
loop on a helper thread so that it also works from inside a running loop.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


def client_of(obj: Any) -> Any:
    client = getattr(obj, "_cognite_client", None)
    if client is None:
        raise RuntimeError(
            f"This {type(obj).__name__} has no client attached: load it through a client (e.g. client.assets.retrieve) "
            "or pass cognite_client= when constructing it"
        )
    return getattr(client, "_async_client", client)  # a sync CogniteClient wraps its async twin


def _client_loop(client: Any) -> asyncio.AbstractEventLoop | None:
    for attr in ("_loop", "_event_loop", "loop"):
        loop = getattr(client, attr, None)
        if isinstance(loop, asyncio.AbstractEventLoop) and loop.is_running():
            return loop
    runner = getattr(client, "_runner", None)
    loop = getattr(runner, "loop", None)
    return loop if isinstance(loop, asyncio.AbstractEventLoop) and loop.is_running() else None


def run_sync(client: Any, coro: Coroutine[Any, Any, T]) -> T:
    """Block until ``coro`` is done and return its result."""
    runner = getattr(client, "run_sync", None) or getattr(client, "_run_sync", None)
    if callable(runner):
        return runner(coro)
    loop = _client_loop(client)
    if loop is not None:
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is not loop:
            return asyncio.run_coroutine_threadsafe(coro, loop).result()
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()
