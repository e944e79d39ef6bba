"""Deterministic ids and timestamps."""

from __future__ import annotations

import random
import threading
import time
from contextvars import ContextVar
from typing import Any

# CDF ids are positive and fit int64; they stay below 2**53 so JavaScript clients read them exactly.
MAX_ID = 2**53 - 1


class IdGenerator:
    """Unique positive int ids from a seeded RNG: the same seed gives the same ids in the same order.

    Example:
        >>> IdGenerator(seed=7).next() == IdGenerator(seed=7).next()
        True
        >>> IdGenerator(sequential=True).next()
        1
    """

    def __init__(self, seed: int = 0, sequential: bool = False) -> None:
        self._seed = seed
        self._rng = random.Random(seed)
        self._used: set[int] = set()
        self._lock = threading.Lock()
        # Sequential ids (1, 2, 3, ...) make examples and fixtures readable (`retrieve(id=1)`).
        self.sequential = sequential
        self._next_seq = 1

    def restart_at(self, value: int) -> None:
        """Sequential mode: the next id is `value` (or the next unused one after it).

        Example:
            >>> ids = IdGenerator(sequential=True)
            >>> ids.restart_at(100)
            >>> ids.next()
            100
        """
        if value < 1:
            raise ValueError(f"ids start at 1, got {value}")
        with self._lock:
            self._next_seq = value

    def next(self) -> int:
        with self._lock:
            if self.sequential:
                while self._next_seq in self._used:
                    self._next_seq += 1
                value = self._next_seq
                self._used.add(value)
                self._next_seq += 1
                return value
            while True:
                value = self._rng.getrandbits(53)  # 0 .. 2**53-1; 0 is skipped below
                if value and value not in self._used:
                    self._used.add(value)
                    return value

    def reserve(self, value: int) -> None:
        """Mark an id as used (after loading persisted state)."""
        with self._lock:
            self._used.add(value)

    def getstate(self) -> dict[str, Any]:
        """JSON-able generator state: a snapshot restored with `setstate` hands out the same next ids."""
        with self._lock:
            version, internal, gauss = self._rng.getstate()
            return {"rng": [version, list(internal), gauss], "next": self._next_seq, "used": sorted(self._used)}

    def setstate(self, state: dict[str, Any]) -> None:
        with self._lock:
            version, internal, gauss = state["rng"]
            self._rng.setstate((version, tuple(internal), gauss))
            self._next_seq = state["next"]
            self._used.update(state["used"])

    def reset(self, seed: int | None = None) -> None:
        with self._lock:
            if seed is not None:
                self._seed = seed
            self._rng = random.Random(self._seed)
            self._used.clear()
            self._next_seq = 1


# The time of the write being served or replayed from the journal (None: the wall clock): one instant per
# journaled request, recorded with it, so a replay stores the same timestamps as the original did.
request_clock: ContextVar[int | None] = ContextVar("emulator_request_clock", default=None)


def now_ms() -> int:
    frozen = request_clock.get()
    return int(time.time() * 1000) if frozen is None else frozen
