"""Deterministic ids and timestamps."""

from __future__ import annotations

import random
import threading
import time

# CDF ids are positive and fit int64; they stay below 2**53 so JavaScript clients read them exactly.
MAX_ID = 2**53 - 1


class IdGenerator:
    """Unique positive int ids from a seeded RNG: the same seed gives the same ids in the same order.

    Example:
        >>> IdGenerator(seed=7).next() == IdGenerator(seed=7).next()
        True
    """

    def __init__(self, seed: int = 0) -> None:
        self._seed = seed
        self._rng = random.Random(seed)
        self._used: set[int] = set()
        self._lock = threading.Lock()

    def next(self) -> int:
        with self._lock:
            while True:
                value = self._rng.getrandbits(53)  # 0 .. 2**53-1; 0 is skipped below
                if value and value not in self._used:
                    self._used.add(value)
                    return value

    def reserve(self, value: int) -> None:
        """Mark an id as used (after loading persisted state)."""
        with self._lock:
            self._used.add(value)

    def reset(self, seed: int | None = None) -> None:
        with self._lock:
            if seed is not None:
                self._seed = seed
            self._rng = random.Random(self._seed)
            self._used.clear()


def now_ms() -> int:
    return int(time.time() * 1000)
