"""Aggregate rollups (cached whole-series buckets): same answers as a fresh computation, dropped on writes."""

from __future__ import annotations

from typing import Any

import httpx
import numpy as np
import pytest

from cognite.emulator.datapoints import aggregates, blocks
from cognite.emulator.datapoints.store import SeriesData
from cognite.emulator.datapoints.timespec import Granularity

from .conftest import Registry, insert, list_json

T0 = 1_704_067_200_000
HOUR = 3_600_000
NAMES = ["average", "max", "min", "count", "sum", "interpolation", "stepInterpolation", "totalVariation",
         "continuousVariance", "discreteVariance", "maxDatapoint", "minDatapoint"]  # fmt: skip


def _same(a: aggregates.AggregatePage, b: aggregates.AggregatePage) -> None:
    assert a.more == b.more
    np.testing.assert_array_equal(a.timestamps, b.timestamps)
    assert a.columns.keys() == b.columns.keys()
    for name in a.columns:
        np.testing.assert_allclose(a.columns[name], b.columns[name], rtol=1e-12, atol=1e-12, err_msg=name)
    assert a.extreme_points.keys() == b.extreme_points.keys()
    for name, (t, v) in a.extreme_points.items():
        np.testing.assert_array_equal(t, b.extreme_points[name][0])
        np.testing.assert_array_equal(v, b.extreme_points[name][1])


@pytest.mark.parametrize("is_step", [False, True])
@pytest.mark.parametrize(("granularity", "zone"), [("7m", None), ("1h", "Europe/Oslo"), ("1d", None)])
def test_rollup_pages_equal_fresh_computation(is_step: bool, granularity: str, zone: str | None) -> None:
    rng = np.random.default_rng(11)
    ts = np.unique(T0 + rng.integers(0, 80 * HOUR, size=4000)).astype(np.int64)
    ts = ts[(ts < T0 + 20 * HOUR) | (ts > T0 + 30 * HOUR)]  # a gap: empty buckets inside the range
    data = SeriesData(is_string=False)
    data.insert(ts, rng.normal(size=len(ts)), None)
    gran = Granularity.parse(granularity, zone)
    end = T0 + 70 * HOUR
    # Starts on the same bucket grid (as a client's partitions of one range are): one rollup serves them all.
    for start, limit in [(T0 + 5 * HOUR + 1234, 1), (T0 + 5 * HOUR + 1234, 13), (T0 + 10 * HOUR + 36 * 60_000, 100)]:
        after: int | None = None
        pages = 0
        while True:
            args: dict[str, Any] = dict(names=NAMES, granularity=gran, start=start, end=end, after=after,
                                        limit=limit, is_step=is_step)  # fmt: skip
            cached = data.rollups.page(data.ts, data.values, None, filter_key=None, **args)
            _same(cached, aggregates.compute(data.ts, data.values, None, **args))
            pages += 1
            if not cached.more:
                break
            after = int(cached.timestamps[-1])
        assert pages > 1 or limit > 1  # paging crossed page boundaries
    # UTC grids: one rollup served every page of every start; local-time grids are computed per page.
    assert len(data.rollups.blocks) == (0 if zone else 1)


def test_rollups_are_dropped_on_write_and_counted_in_the_budget() -> None:
    data = SeriesData(is_string=False)
    data.insert(T0 + np.arange(1000, dtype=np.int64) * 1000, np.ones(1000), None)
    gran = Granularity.parse("1m")
    args: dict[str, Any] = dict(filter_key=None, names=["sum"], granularity=gran, start=T0, end=T0 + HOUR,
                                after=None, limit=100, is_step=False)  # fmt: skip
    assert data.rollups.page(data.ts, data.values, None, **args).columns["sum"][0] == 60
    before = blocks.BUDGET.used
    assert before > 0 and data.rollups.blocks
    data.insert(np.array([T0 + 500], np.int64), np.array([5.0]), None)  # inside the first minute
    assert not data.rollups.blocks and blocks.BUDGET.used < before
    assert data.rollups.page(data.ts, data.values, None, **args).columns["sum"][0] == 65
    data.delete_range(T0, T0 + 1000)
    assert not data.rollups.blocks


async def test_aggregates_after_insert_into_cached_series(client: httpx.AsyncClient, registry: Registry) -> None:
    ref = registry.create("rolled")
    ts = T0 + np.arange(0, 3 * HOUR, 60_000)
    await insert(client, {"id": ref.id}, ts, [1.0] * len(ts))
    query = {"items": [{"id": ref.id, "start": T0, "end": T0 + 3 * HOUR, "granularity": "1h",
                        "aggregates": ["count", "sum", "max"]}]}  # fmt: skip

    async def buckets() -> list[tuple[int, float, float, float]]:
        dps = (await list_json(client, query))["items"][0]["datapoints"]
        return [(d["timestamp"], d["count"], d["sum"], d["max"]) for d in dps]

    assert await buckets() == [(T0 + h * HOUR, 60, 60.0, 1.0) for h in range(3)]
    assert await buckets() == [(T0 + h * HOUR, 60, 60.0, 1.0) for h in range(3)]  # now served from the rollup
    await insert(client, {"id": ref.id}, [T0 + HOUR + 30_000, T0 + 2 * HOUR], [9.0, 4.0])  # new point, overwrite
    assert await buckets() == [(T0, 60, 60.0, 1.0), (T0 + HOUR, 61, 69.0, 9.0), (T0 + 2 * HOUR, 60, 63.0, 4.0)]
    r = await client.post("/timeseries/data/delete", json={"items": [{"id": ref.id, "inclusiveBegin": T0,
                                                                      "exclusiveEnd": T0 + HOUR}]})  # fmt: skip
    assert r.status_code == 200, r.text
    assert [b[0] for b in await buckets()] == [T0 + HOUR, T0 + 2 * HOUR]


@pytest.mark.parametrize("granularity", ["1d", "2h", "3h", "1mo"])
def test_rollups_across_dst_change_equal_fresh_computation(granularity: str) -> None:
    # Guards the rule that local-time grids are not served from a whole-series rollup (they bucket differently
    # from the per-page window around a DST change).
    dst = 1_711_846_800_000  # 2024-03-31T01:00Z: Europe/Oslo moves from +01:00 to +02:00
    ts = dst - 40 * HOUR + np.arange(0, 80 * HOUR, 600_000, dtype=np.int64)
    data = SeriesData(is_string=False)
    data.insert(ts, np.sin(np.arange(len(ts)) / 7.0), None)
    gran = Granularity.parse(granularity, "Europe/Oslo")
    for start in (dst - 30 * HOUR + 5, dst - HOUR // 2, dst + 3 * HOUR, dst + 7 * HOUR):
        args: dict[str, Any] = dict(names=["average", "count", "interpolation"], granularity=gran, start=start,
                                    end=int(ts[-1]) + 1, after=None, limit=5, is_step=False)  # fmt: skip
        while True:
            cached = data.rollups.page(data.ts, data.values, None, filter_key=None, **args)
            _same(cached, aggregates.compute(data.ts, data.values, None, **args))
            if not cached.more:
                break
            args["after"] = int(cached.timestamps[-1])


def test_starts_on_different_grids_get_their_own_rollup() -> None:
    ts = T0 + np.arange(0, 5 * HOUR, 45_000, dtype=np.int64)
    data = SeriesData(is_string=False)
    data.insert(ts, np.cos(np.arange(len(ts)) / 5.0), None)
    gran = Granularity.parse("7m")
    for start in (T0 + 30 * 60_000, T0 + 31 * 60_000, T0 + 37 * 60_000):  # the last is on the first one's grid
        args: dict[str, Any] = dict(names=["sum", "interpolation"], granularity=gran, start=start, end=T0 + 4 * HOUR,
                                    after=None, limit=1000, is_step=False)  # fmt: skip
        _same(data.rollups.page(data.ts, data.values, None, filter_key=None, **args),
              aggregates.compute(data.ts, data.values, None, **args))  # fmt: skip
    assert len(data.rollups.blocks) == 2


@pytest.mark.parametrize("zero_bucket", [False, True])
def test_encoded_rollup_pages_are_the_fresh_encoding(zero_bucket: bool) -> None:
    """A rollup whose buckets share one record layout is encoded once; each page is a slice of it, byte for byte
    what encoding the page afresh gives. A zero aggregate (omitted by proto3) means per-page encoding instead."""
    from cognite.emulator.datapoints import wire

    n = 50_000
    ts = T0 + np.arange(n, dtype=np.int64) * 7_000
    values = 10 + np.sin(np.arange(n) / 300.0)
    if zero_bucket:
        values[:10] = 0.0  # the first minute's sum, min, max and average are all 0.0
    data = SeriesData(is_string=False)
    data.insert(ts, values, None)
    gran = Granularity.parse("1m")
    names = ["average", "max", "min", "count", "sum"]
    after: int | None = None
    pages = 0
    while True:
        args: dict[str, Any] = dict(names=names, granularity=gran, start=T0 + 30_000, end=int(ts[-1]),
                                    after=after, limit=997, is_step=False)  # fmt: skip
        page = data.rollups.page(data.ts, data.values, None, filter_key=None, **args)
        assert (page.encoded is None) == zero_bucket
        fresh = bytes(wire.encode_aggregate_points(page.timestamps, page.columns))
        if page.encoded is not None:
            assert bytes(page.encoded) == fresh
        _same(page, aggregates.compute(data.ts, data.values, None, **args))
        pages += 1
        if not page.more:
            break
        after = int(page.timestamps[-1])
    assert pages > 5
