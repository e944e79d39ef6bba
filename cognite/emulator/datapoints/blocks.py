"""Encoded-page cache: a numeric series' points kept as protobuf records in blocks, so a raw page is a few slices.

Blocks cover fixed index ranges of the series (BLOCK points each) and are encoded on first read; a write drops
the blocks from the first index it changed onwards (an append drops only the last, partial block).
"""

from __future__ import annotations

import numpy as np

from cognite.emulator.datapoints import wire

BLOCK = 1 << 16
ENABLED = True  # False: encode every page afresh (the benchmark's --cold mode measures the bare encoder)


class EncodedBlocks:
    __slots__ = ("blocks",)

    def __init__(self) -> None:
        self.blocks: dict[int, wire.EncodedRows] = {}

    def invalidate_from(self, index: int) -> None:
        first = index // BLOCK
        for b in [b for b in self.blocks if b >= first]:
            del self.blocks[b]

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
            a, z = max(lo, start) - start, min(hi, start + BLOCK) - start
            parts.append(memoryview(rows.data)[rows.offset(a) : rows.offset(z)])
        return parts
