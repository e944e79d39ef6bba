"""Per-category concurrency limits: how many requests of one kind may be in flight at once.

`global_config.concurrency_settings.<category>.<operation>` (e.g. `general.read`, `raw.write`) is the limit; the
transport takes one semaphore per (category, operation, project, event loop) around each attempt (released while
backing off). A resource API picks its category with `APIClient._CONCURRENCY_CATEGORY`; the operation is derived from
the request (`read` / `write` / `delete`) or given explicitly. Changing a limit applies to requests started afterwards.
"""

from __future__ import annotations

import asyncio
import contextvars
import weakref
from typing import Any

# data_modeling.write: CDF allows 4 concurrent instance applies per project by default, shared by every client and
# transformation (docs.cognite.com/cdf/dm/dm_reference/dm_limits_and_restrictions). Two in flight take half of that
# and are enough to overlap this client's encoding/decoding with the service's work on the other chunk.
_DEFAULTS: dict[str, dict[str, int]] = {
    "general": {"read": 5, "write": 4, "delete": 2},
    "raw": {"read": 5, "write": 2, "delete": 2},
    "datapoints": {"read": 5, "write": 5, "delete": 5},
    "data_modeling": {"read": 1, "write": 2, "delete": 1, "search": 2, "read_schema": 2, "write_schema": 1},
    "files": {"read": 4, "write": 2, "upload": 5, "download": 5, "delete": 2, "open_files": 15},
    "records": {"read": 1, "write": 2},
}


class Concurrency:
    """Limits of one category; attributes are the operations (`read`, `write`, `delete`, ...).

    Example:
        >>> from cognite.client import global_config
        >>> global_config.concurrency_settings.general.read
        5
    """

    _name: str
    _limits: dict[str, int]

    def __init__(self, name: str, limits: dict[str, int]) -> None:
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_limits", dict(limits))

    def __getattr__(self, op: str) -> int:
        try:
            return self._limits[op]
        except KeyError:
            raise AttributeError(f"Concurrency category {self._name!r} has no operation {op!r}") from None

    def __setattr__(self, op: str, value: int) -> None:
        if op not in self._limits:
            raise AttributeError(
                f"Concurrency category {self._name!r} has no operation {op!r} ({sorted(self._limits)})"
            )
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ValueError(f"Concurrency limit {self._name}.{op} must be an int >= 1, got {value!r}")
        self._limits[op] = value

    def get(self, op: str) -> int:
        # Unknown operations of a category fall back to its read/write limit.
        return self._limits.get(op) or self._limits.get("write" if op not in ("read", "search") else "read", 1)

    def as_dict(self) -> dict[str, int]:
        return dict(self._limits)

    def __repr__(self) -> str:
        return f"Concurrency[{self._name}]({', '.join(f'{k}={v}' for k, v in self._limits.items())})"


class ConcurrencySettings:
    """All categories: `general`, `raw`, `datapoints`, `data_modeling`, `files`, `records`.

    Example:
        >>> from cognite.client import global_config
        >>> global_config.concurrency_settings.raw.write = 4
    """

    def __init__(self) -> None:
        self._categories = {name: Concurrency(name, limits) for name, limits in _DEFAULTS.items()}

    def __getattr__(self, name: str) -> Concurrency:
        categories = self.__dict__.get("_categories", {})
        if name in categories:
            return categories[name]
        raise AttributeError(f"No concurrency category {name!r}; known: {sorted(categories)}")

    def category(self, name: str) -> Concurrency:
        return self._categories.get(name) or self._categories["general"]

    def apply(self, settings: dict[str, dict[str, int]]) -> None:
        """Set several limits, e.g. `{"general": {"read": 10}}` (validated before anything changes)."""
        for cat, ops in settings.items():
            if cat not in self._categories:
                raise ValueError(f"No concurrency category {cat!r}; known: {sorted(self._categories)}")
            probe = Concurrency(cat, self._categories[cat].as_dict())
            for op, value in ops.items():
                try:
                    setattr(probe, op, value)
                except AttributeError as e:
                    raise ValueError(str(e)) from None
        for cat, ops in settings.items():
            for op, value in ops.items():
                setattr(self._categories[cat], op, value)

    def as_dict(self) -> dict[str, dict[str, int]]:
        return {name: c.as_dict() for name, c in self._categories.items()}

    def __repr__(self) -> str:
        return f"ConcurrencySettings({', '.join(map(repr, self._categories.values()))})"


# Semaphores are bound to an event loop: one table per loop, dropped with the loop.
_SEMAPHORES: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[tuple[Any, ...], asyncio.Semaphore]] = (
    weakref.WeakKeyDictionary()
)


def semaphore(settings: ConcurrencySettings, category: str, op: str, project: str) -> asyncio.Semaphore:
    """The semaphore limiting `category.op` requests to `project` on the running event loop."""
    limit = settings.category(category).get(op)
    table = _SEMAPHORES.setdefault(asyncio.get_running_loop(), {})
    key = (category, op, project, limit)
    sem = table.get(key)
    if sem is None:
        sem = table[key] = asyncio.Semaphore(limit)
    return sem


def free_slots(settings: ConcurrencySettings, category: str, op: str, project: str) -> int:
    """How many more `category.op` requests to `project` could start now without waiting for a slot (running loop).

    Work that can be split (a datapoint range) asks this first: when other calls already hold the slots, more
    pieces only add requests, not speed.
    """
    sem = semaphore(settings, category, op, project)
    return max(0, int(getattr(sem, "_value", settings.category(category).get(op))))


#: Set by fail-fast work (see `_mechanisms.chunks`): once the event is set, requests of that work that have not
#: been sent yet are cancelled when they get their concurrency slot, so their items are reported `skipped`.
abort_unsent: contextvars.ContextVar[asyncio.Event | None] = contextvars.ContextVar("abort_unsent", default=None)


def raise_if_aborted() -> None:
    event = abort_unsent.get()
    if event is not None and event.is_set():
        raise asyncio.CancelledError("an earlier request of this operation failed")
