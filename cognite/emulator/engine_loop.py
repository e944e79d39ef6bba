"""A private asyncio loop in a daemon thread, for work the emulator does in the background (workflow executions):
it runs whatever loop (or none) the requests are served on, and is started on first use.

Example:
    >>> loop = EngineLoop("example")
    >>> async def answer() -> int:
    ...     return 42
    >>> loop.submit(answer()).result(timeout=5)
    42
    >>> loop.close()
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class EngineLoop:
    def __init__(self, name: str) -> None:
        self.name = name
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None or self._loop.is_closed():
                loop = asyncio.new_event_loop()
                threading.Thread(target=loop.run_forever, name=f"emulator-{self.name}", daemon=True).start()
                self._loop = loop
            return self._loop

    def submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        """Run `coro` on the loop (thread-safe); its Future is returned."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def call(self, fn: Callable[[], Any]) -> None:
        """Call `fn` on the loop's thread (e.g. to set an asyncio.Event or cancel a task)."""
        self.loop.call_soon_threadsafe(fn)

    def close(self) -> None:
        with self._lock:
            loop, self._loop = self._loop, None
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(loop.stop)
