"""Every inserted point comes back: across windows, pages, cursors, short pages and injected 429 / 503, for series named
by id, external id or instance id alike (the `series` fixture runs each such test for all three)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from cognite.client.data_classes.datapoints import DatapointsArray, DatapointsArrayList
from cognite.client.exceptions import CogniteAPIError, CogniteNotFoundError

T0 = 1_700_000_000_000


def _ms(arr: DatapointsArray) -> np.ndarray:
    return arr.timestamp.astype("datetime64[ms]").view(np.int64)


async def _seed(dps, series, n_series: int, n_points: int, step_ms: int = 1000) -> tuple[list[Any], list[np.ndarray]]:
    ids = await series.make(*[f"s{i}" for i in range(n_series)])
    rng = np.random.default_rng(n_series * 7 + n_points)
    values = []
    entries = []
    for i, ts_id in enumerate(ids):
        ts = T0 + np.arange(n_points, dtype=np.int64) * step_ms * (i + 1)
        v = rng.normal(size=n_points)
        v[::97] = 0.0  # proto3 omits zero values: exercises the decoder's irregular-layout path
        values.append((ts, v))
        entries.append(series.item(ts_id, datapoints=(ts, v)))
    await dps.insert_multiple(entries)
    return ids, values


@pytest.mark.parametrize("short_page", [None, 997])
async def test_dense_series_split_into_windows_and_pages(dps, series, emulator, short_page):
    ids, data = await _seed(dps, series, 1, 250_000)
    if short_page:
        emulator.faults.short_pages(short_page)
    arr = await dps.retrieve_arrays(**series.query(ids[0]), start=T0 - 5000, end=T0 + 10**10)
    ts, v = data[0]
    assert np.array_equal(_ms(arr), ts)
    assert np.array_equal(arr.value, v)


async def test_many_series_packed_with_short_pages_and_faults(dps, series, emulator):
    ids, data = await _seed(dps, series, 12, 3_000)
    emulator.faults.short_pages(211, rate=0.5)
    emulator.faults.fail(503, times=3, on="POST /timeseries/data/list")
    emulator.faults.fail(429, times=3, on="POST /timeseries/data/list")
    res = await dps.retrieve_arrays(**series.query(ids), start=0, end=T0 + 10**10)
    assert isinstance(res, DatapointsArrayList) and len(res) == 12
    assert [getattr(arr, series.kind) for arr in res] == ids  # each result names its series as asked
    for arr, (ts, v) in zip(res, data, strict=True):
        assert np.array_equal(_ms(arr), ts)
        assert np.array_equal(arr.value, v)


async def test_limit_across_pages(dps, series, emulator):
    ids, data = await _seed(dps, series, 2, 5_000)
    emulator.faults.short_pages(333)
    res = await dps.retrieve_arrays(**series.query(ids), start=0, end=T0 + 10**10, limit=1234)
    for arr, (ts, _) in zip(res, data, strict=True):
        assert np.array_equal(_ms(arr), ts[:1234])


async def test_aggregates_across_windows_match_numpy(dps, series, emulator):
    ids, data = await _seed(dps, series, 1, 40_000)  # 1 point/s -> 667 one-minute buckets
    emulator.faults.short_pages(50)
    arr = await dps.retrieve_arrays(
        **series.query(ids[0]), start=T0, end=T0 + 40_000_000, aggregates=["count", "sum", "max"], granularity="1m"
    )
    ts, v = data[0]
    origin = T0 - T0 % 60_000  # CDF buckets from start rounded down to a whole minute
    bucket = (ts - origin) // 60_000
    counts = np.bincount(bucket)
    sums = np.bincount(bucket, weights=v)
    assert np.array_equal(arr.count, counts)
    assert np.allclose(arr.sum, sums)
    assert np.array_equal(_ms(arr), origin + np.arange(len(counts)) * 60_000)


async def test_insert_packs_requests_and_survives_faults(dps, series, emulator):
    ids = await series.make("big", *[f"m{i}" for i in range(30)])
    emulator.faults.fail(503, times=2, on="POST /timeseries/data")
    big_ts = T0 + np.arange(230_000, dtype=np.int64)
    await dps.insert((big_ts, np.arange(230_000, dtype=np.float64)), **series.query(ids[0]))
    multi = [series.item(i, datapoints=[(T0 + k, float(k)) for k in range(100)]) for i in ids[1:]]
    await dps.insert_multiple(multi)
    sizes = [len(r.body) for r in emulator.requests if r.route == "/timeseries/data" and r.method == "POST"]
    assert len(sizes) >= 4
    arr = await dps.retrieve_arrays(**series.query(ids[0]), start=0, end="now")
    assert np.array_equal(_ms(arr), big_ts)
    res = await dps.retrieve_arrays(**series.query(ids[1:]), start=0, end="now")
    assert all(len(a) == 100 for a in res)


async def test_insert_partial_failure_accounting(dps, make_ts):
    ids = await make_ts("ok")
    with pytest.raises(CogniteAPIError) as err:
        await dps.insert_multiple(
            [
                {"id": ids[0], "datapoints": [(T0, 1.0)]},
                {"externalId": "does-not-exist", "datapoints": [(T0, 1.0)]},
            ]
        )
    e = err.value
    assert e.code == 400
    assert {"id": ids[0]} in e.failed and {"externalId": "does-not-exist"} in e.failed  # one request: all failed
    assert e.successful == []


async def test_missing_series(dps, make_ts):
    ids = await make_ts("present")
    with pytest.raises(CogniteNotFoundError) as err:
        await dps.retrieve(id=ids, external_id="absent", start=0, end="now")
    assert err.value.missing == [{"externalId": "absent"}]
    res = await dps.retrieve(id=ids, external_id="absent", start=0, end="now", ignore_unknown_ids=True)
    assert len(res) == 1
    assert await dps.retrieve(external_id="absent", start=0, end="now", ignore_unknown_ids=True) is None


async def test_outside_points_and_status(dps, series):
    (ident,) = await series.make("o")
    await dps.insert([(T0 + k * 1000, float(k)) for k in range(10)], **series.query(ident))
    arr = await dps.retrieve_arrays(**series.query(ident), start=T0 + 3000, end=T0 + 6000, include_outside_points=True)
    assert _ms(arr).tolist() == [T0 + k * 1000 for k in range(2, 7)]
    await dps.insert([(T0 + 20_000, None, 0x80000000), (T0 + 21_000, 5.0, 0x40000000)], **series.query(ident))
    arr = await dps.retrieve_arrays(
        **series.query(ident),
        start=T0 + 19_000,
        end=T0 + 22_000,
        include_status=True,
        ignore_bad_datapoints=False,
        treat_uncertain_as_bad=False,
    )
    assert arr.status_code.tolist() == [0x80000000, 0x40000000]
    assert np.isnan(arr.value[0]) and arr.value[1] == 5.0


async def test_insert_validation_before_sending(dps, emulator):
    n_before = len(emulator.requests)
    with pytest.raises(ValueError, match="finite"):
        await dps.insert([(T0, float("nan"))], id=1)
    with pytest.raises(ValueError, match="outside"):
        await dps.insert([(5_000_000_000_000, 1.0)], id=1)
    with pytest.raises(ValueError, match="exactly one"):
        await dps.insert([(T0, 1.0)])
    for malformed in ([()], [(T0,)], [(T0, 1.0), (T0 + 1,)]):
        with pytest.raises(ValueError, match="must be"):
            await dps.insert(malformed, id=1)
    assert len(emulator.requests) == n_before


async def test_insert_outcome_per_chunk_of_a_split_series(dps, make_ts, emulator):
    from cognite.client.config import global_config

    global_config.max_retries = 0  # let the injected 503 surface
    global_config.concurrency_settings.datapoints.write = 1  # chunks in order: the first one gets the 503
    ids = await make_ts("split", "whole")
    ts = T0 + np.arange(150_000, dtype=np.int64)
    emulator.faults.fail(503, times=1, on="POST /timeseries/data")
    with pytest.raises(CogniteAPIError) as err:
        await dps.insert_multiple(
            [{"id": ids[0], "datapoints": (ts, np.ones(len(ts)))}, {"id": ids[1], "datapoints": [(T0, 1.0)]}]
        )
    e = err.value
    assert e.code == 503 and e.failed == []
    first_chunk = {"id": ids[0], "datapoints": {"count": 100_000, "first": T0, "last": T0 + 99_999}}
    rest = {"id": ids[0], "datapoints": {"count": 50_000, "first": T0 + 100_000, "last": T0 + 149_999}}
    assert e.unknown == [first_chunk]
    assert e.successful == [rest, {"id": ids[1]}]
    arr = await dps.retrieve_arrays(id=ids[0], start=0, end="now")  # exactly the successful chunk is stored
    assert np.array_equal(_ms(arr), ts[100_000:])


async def test_digit_strings_stay_strings(dps, series):
    """numpy reads "1.5" as a number; a string series given digit strings must get strings, in every input shape."""
    (ident,) = await series.make("digits", is_string=True)
    await dps.insert([(T0, "1.5"), (T0 + 1, "2")], **series.query(ident))
    await dps.insert([{"timestamp": T0 + 2, "value": "3"}], **series.query(ident))
    await dps.insert_multiple([series.item(ident, datapoints=[(T0 + 3, "4")])])
    got = await dps.retrieve(**series.query(ident), start=T0, end=T0 + 10)
    assert got.value == ["1.5", "2", "3", "4"]


async def test_sparse_aggregates_cost_a_request_per_window_not_per_10k_buckets(dps, make_ts, emulator):
    """10 series over 100 days at 1m (144k buckets each) with data only on the last two days: planned by bucket
    count that is 150 requests; windows that learn the density need about one per series (and stay exact)."""
    ids = await make_ts(*[f"sparse{i}" for i in range(10)])
    start, end = T0 - T0 % 60_000, T0 - T0 % 60_000 + 100 * 86_400_000
    ts = end - 2 * 86_400_000 + np.arange(2 * 1440, dtype=np.int64) * 60_000 + 5_000
    await dps.insert_multiple([{"id": i, "datapoints": (ts, np.full(len(ts), float(k)))} for k, i in enumerate(ids)])
    before = len(emulator.requests)
    res = await dps.retrieve_arrays(id=ids, start=start, end=end, aggregates=["count", "average"], granularity="1m")
    requests = len(emulator.requests) - before
    assert requests <= 15, requests
    for k, arr in enumerate(res):
        assert np.array_equal(_ms(arr), ts - 5_000)
        assert (arr.count == 1).all() and (arr.average == k).all()


@pytest.mark.parametrize("faults", [False, True])
async def test_dense_aggregates_split_after_the_first_page_stay_exact(dps, series, emulator, faults):
    """One dense series: the first page shows the density, the rest of the range is split on bucket edges."""
    ids, data = await _seed(dps, series, 1, 200_000)  # 1 point/s: 200k one-second buckets
    if faults:
        emulator.faults.short_pages(3_001, rate=0.3)
        emulator.faults.fail(503, times=2, on="POST /timeseries/data/list")
    before = len(emulator.requests)
    arr = await dps.retrieve_arrays(
        **series.query(ids[0]), start=T0, end=T0 + 200_000_000, aggregates=["sum", "count"], granularity="2s"
    )
    ts, v = data[0]
    bucket = (ts - T0) // 2000
    assert np.array_equal(_ms(arr), T0 + np.arange(100_000) * 2000)
    assert np.array_equal(arr.count, np.bincount(bucket)) and np.allclose(arr.sum, np.bincount(bucket, weights=v))
    if not faults:
        assert len(emulator.requests) - before <= 12  # 100k buckets: 10 full pages, plus the first window's edge


async def test_calendar_aggregates_beyond_one_page(dps, make_ts):
    """Days in a time zone (variable width, never split) over 30 years: more than one page of 10k buckets."""
    ids = await make_ts("daily")
    days = 30 * 365
    ts = 946_684_800_000 + np.arange(days, dtype=np.int64) * 86_400_000 + 12 * 3_600_000  # noon UTC from 2000
    await dps.insert((ts, np.ones(days)), id=ids[0])
    arr = await dps.retrieve_arrays(
        id=ids[0], start=int(ts[0]) - 86_400_000, end=int(ts[-1]) + 86_400_000,
        aggregates=["count"], granularity="1d", timezone="Europe/Oslo",
    )  # fmt: skip
    assert len(arr) == days and (arr.count == 1).all()
