"""Aggregate rollups: per series, the aggregate buckets of the whole series computed once, pages served by slicing.

CDF serves aggregates from precomputed rollups; recomputing them per page made the emulator the bottleneck of
aggregate reads. A rollup is keyed by everything that shapes the buckets (the UTC grid and granularity),
the points counted (Bad/Uncertain filtering), the interpolation kind and the aggregate names. Any write to the
series drops its rollups (SeriesData calls `clear`). Rollups share the encoded blocks' LRU byte budget.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import numpy as np

from cognite.emulator.datapoints import aggregates, blocks, wire
from cognite.emulator.datapoints.timespec import Granularity


class Rollups:
    """The cached whole-series aggregate pages of one series (`blocks` is the name the shared budget evicts from)."""

    __slots__ = ("blocks",)

    def __init__(self) -> None:
        # key -> (whole-series buckets, their fixed-layout encoding and record size, or None)
        self.blocks: dict[Hashable, tuple[aggregates.AggregatePage, tuple[wire.Buffer, int] | None]] = {}

    def clear(self) -> None:
        for key in list(self.blocks):
            del self.blocks[key]
            blocks.BUDGET.remove(self, key)

    def page(
        self,
        ts: np.ndarray,
        values: np.ndarray,
        status: np.ndarray | None,
        *,
        filter_key: Hashable,
        names: list[str],
        granularity: Granularity,
        start: int,
        end: int,
        after: int | None,
        limit: int,
        is_step: bool,
    ) -> aggregates.AggregatePage:
        """Same result as `aggregates.compute` on the same arguments, sliced from the series' cached rollup.

        `ts`/`values`/`status` are the points the query counts, `filter_key` says which filtering produced them.
        """
        # Local-time grids (hour/day/month units in a zone) stay computed per page: around DST changes a whole-series
        # grid does not bucket exactly as the per-page window does.
        if not blocks.ENABLED or len(ts) == 0 or limit <= 0 or not granularity.zone.is_utc:
            return aggregates.compute(
                ts, values, status, names=names, granularity=granularity, start=start, end=end, after=after,
                limit=limit, is_step=is_step,
            )  # fmt: skip
        origin, lower, range_end = aggregates.window(granularity, start, end, after)
        first = _grid_start(granularity, origin, int(ts[0]))
        key = (first, granularity.multiple, granularity.unit, filter_key, is_step, *names)
        cached = self.blocks.get(key)
        if cached is None:
            # Every bucket from the grid's first to the last point: the query's range is a run of whole buckets in it.
            full = aggregates.compute(
                ts, values, status, names=names, granularity=granularity, start=first, end=int(ts[-1]) + 1,
                after=None, limit=len(ts), is_step=is_step,
            )  # fmt: skip
            # Encoded once as well when every bucket has the same record layout: a page is then a byte slice.
            rows = None if full.extreme_points else wire.aggregate_rows(full.timestamps, full.columns)
            cached = full, rows
            self.blocks[key] = cached
            blocks.BUDGET.add(self, key, _nbytes(full) + (len(rows[0]) if rows else 0))
        else:
            blocks.BUDGET.touch(self, key)
        full, rows = cached
        lo, hi = (int(i) for i in np.searchsorted(full.timestamps, [lower, range_end], side="left"))
        stop = lo + max(0, min(limit, hi - lo))
        cut = slice(lo, stop)
        return aggregates.AggregatePage(
            full.timestamps[cut],
            {name: col[cut] for name, col in full.columns.items()},
            {name: (t[cut], v[cut]) for name, (t, v) in full.extreme_points.items()},
            more=hi > stop,
            encoded=None if rows is None else memoryview(rows[0])[lo * rows[1] : stop * rows[1]],
        )


def _grid_start(granularity: Granularity, origin: int, first_point: int) -> int:
    """Start of the bucket holding the first point on the grid through `origin`: the same for every query on that
    grid (clients split a range into partitions with different starts), so they share one rollup (UTC grids)."""
    idx = granularity.bucket_index(np.array([first_point], dtype=np.int64), origin)
    grid = int(granularity.bucket_start(idx, origin)[0])
    back = granularity.bucket_index(np.array([origin], dtype=np.int64), grid)
    return grid if int(granularity.bucket_start(back, grid)[0]) == origin else origin


def _nbytes(page: aggregates.AggregatePage) -> int:
    arrays: list[Any] = [page.timestamps, *page.columns.values()]
    for t, v in page.extreme_points.values():
        arrays += [t, v]
    return sum(int(a.nbytes) for a in arrays) + 256
