"""Encoded-page cache: a numeric series' points kept as protobuf records in blocks, so a raw page is a few slices.

Blocks cover fixed index ranges of the series (BLOCK points each) and are encoded on first read; a write drops
the blocks from the first index it changed onwards (an append drops only the last, partial block). All series
share one memory budget: past BUDGET_BYTES the least recently used blocks are dropped (and re-encoded if read).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import Any, Protocol

import numpy as np

from cognite.emulator.datapoints import wire

BLOCK = 1 << 16
BUDGET_BYTES = 512 << 20
ENABLED = True  # False: encode every page afresh (the benchmark's --cold mode measures the bare encoder)


class Cached(Protocol):
    """An owner of cache entries the budget may evict: `blocks` maps each entry's key to it."""

    blocks: dict[Any, Any]


class _Budget:
    """Least-recently-used accounting of every cached entry (encoded blocks, aggregate rollups), across series."""

    def __init__(self) -> None:
        self.used = 0
        self.lru: OrderedDict[tuple[int, Hashable], tuple[Cached, int]] = OrderedDict()

    def touch(self, owner: Cached, b: Hashable) -> None:
        self.lru.move_to_end((id(owner), b))

    def add(self, owner: Cached, b: Hashable, size: int) -> None:
        self.lru[(id(owner), b)] = (owner, size)
        self.used += size
        while self.used > BUDGET_BYTES and len(self.lru) > 1:
            (_, old_b), (old_owner, old_size) = self.lru.popitem(last=False)
            old_owner.blocks.pop(old_b, None)
            self.used -= old_size

    def remove(self, owner: Cached, b: Hashable) -> None:
        entry = self.lru.pop((id(owner), b), None)
        if entry is not None:
            self.used -= entry[1]


BUDGET = _Budget()  # shared with the aggregate rollups (rollups.py)


class EncodedBlocks:
    __slots__ = ("blocks",)

    def __init__(self) -> None:
        self.blocks: dict[int, wire.EncodedRows] = {}

    def invalidate_from(self, index: int) -> None:
        first = index // BLOCK
        for b in [b for b in self.blocks if b >= first]:
            del self.blocks[b]
            BUDGET.remove(self, b)

    def clear(self) -> None:
        self.invalidate_from(0)

    def page(self, ts: np.ndarray, values: np.ndarray, lo: int, hi: int) -> list[wire.Buffer]:
        """The NumericDatapoints body for points lo..hi-1 as a list of buffers (join them to send)."""
        if not ENABLED:
            return [wire.encode_numeric_points(ts[lo:hi], values[lo:hi])]
        parts: list[wire.Buffer] = []
        n = len(ts)
        for b in range(lo // BLOCK, (hi - 1) // BLOCK + 1) if hi > lo else ():
            rows = self.blocks.get(b)
            start = b * BLOCK
            if rows is None:
                end = min(start + BLOCK, n)
                rows = self.blocks[b] = wire.encode_numeric_rows(ts[start:end], values[start:end])
                BUDGET.add(self, b, len(rows.data))
            else:
                BUDGET.touch(self, b)
            a, z = max(lo, start) - start, min(hi, start + BLOCK) - start
            parts.append(memoryview(rows.data)[rows.offset(a) : rows.offset(z)])
        return parts
