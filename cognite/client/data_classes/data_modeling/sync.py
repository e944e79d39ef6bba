"""The handle of ``client.data_modeling.instances.subscribe``: when it last synced, and how to stop it."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from datetime import datetime

from cognite.client.data_classes.data_modeling.sync_cache import SyncSessionWithCache

__all__ = ["SubscriptionContext", "SyncSessionWithCache"]


@dataclass
class SubscriptionContext:
    """A running subscription: ``cancel()`` stops it (from any thread); ``is_alive()`` tells whether it still runs.

    ``last_successful_sync`` / ``last_successful_callback`` are the (UTC) times of the last sync request that
    succeeded and of the last callback that returned without raising.
    """

    last_successful_sync: datetime | None = None
    last_successful_callback: datetime | None = None
    _task: asyncio.Task[None] | None = field(default=None, repr=False)
    _stopped: threading.Event = field(default_factory=threading.Event, repr=False)

    def cancel(self) -> None:
        """Stop the subscription (no callback starts after this returns; one already running finishes)."""
        self._stopped.set()
        task = self._task
        if task is None or task.done():
            return
        loop = task.get_loop()
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            task.cancel()
        elif not loop.is_closed():
            loop.call_soon_threadsafe(task.cancel)

    def is_running(self) -> bool:
        return self._task is not None and not self._task.done() and not self._stopped.is_set()

    def is_alive(self) -> bool:
        return self.is_running()
