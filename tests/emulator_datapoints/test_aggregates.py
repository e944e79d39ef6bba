"""Aggregates against a straightforward per-bucket reference (loops, np.interp), plus alignment and paging."""

from __future__ import annotations

from typing import Any

import httpx
import numpy as np
import pytest

from .conftest import Registry, insert, list_json, list_proto

T0 = 1_704_067_200_000  # 2024-01-01T00:00:00Z
HOUR = 3_600_000
NAMES = ["average", "max", "min", "count", "sum", "interpolation", "stepInterpolation", "totalVariation",
         "continuousVariance", "discreteVariance"]  # fmt: skip


def value_at(ts: np.ndarray, vs: np.ndarray, t: float, step: bool) -> float:
    """The series' function at t (nan outside its domain)."""
    if t < ts[0] or (not step and t > ts[-1]):
        return float("nan")
    if step:
        return float(vs[np.searchsorted(ts, t, side="right") - 1])
    return float(np.interp(t, ts, vs))


def reference(ts: np.ndarray, vs: np.ndarray, lo: int, hi: int, step: bool) -> dict[str, float]:
    """All aggregates of bucket [lo, hi) computed the slow, obvious way."""
    inside = (ts >= lo) & (ts < hi)
    v = vs[inside]
    out = {"count": len(v), "sum": v.sum(), "average": v.mean(), "max": v.max(), "min": v.min(),
           "discreteVariance": float(np.mean((v - v.mean()) ** 2)),
           "stepInterpolation": value_at(ts, vs, lo, True),
           "interpolation": value_at(ts, vs, lo, step)}  # fmt: skip
    a, b = max(lo, ts[0]), min(hi, ts[-1])
    knots = sorted({a, b, *ts[(ts > a) & (ts < b)].tolist()})
    vals = [value_at(ts, vs, k, step) for k in knots]
    total = integral = 0.0
    for k0, k1, v0, v1 in zip(knots, knots[1:], vals, vals[1:], strict=False):
        total += k1 - k0
        integral += (k1 - k0) * (v0 if step else (v0 + v1) / 2)
    mean = integral / total if total else 0.0
    var = 0.0
    for k0, k1, v0, v1 in zip(knots, knots[1:], vals, vals[1:], strict=False):
        c0, c1 = v0 - mean, v1 - mean
        var += (k1 - k0) * (c0 * c0 if step else (c0 * c0 + c0 * c1 + c1 * c1) / 3)
    out["continuousVariance"] = var / total if total else 0.0
    if step:  # jumps happen at the points inside the bucket
        idx = np.flatnonzero(inside)
        out["totalVariation"] = float(sum(abs(vs[i] - vs[i - 1]) for i in idx if i > 0))
    else:
        out["totalVariation"] = float(sum(abs(v1 - v0) for v0, v1 in zip(vals, vals[1:], strict=False)))
    return out


@pytest.fixture
async def irregular(client: httpx.AsyncClient, registry: Registry) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(3)
    ts = np.unique(T0 + 1234 + rng.integers(0, 30 * HOUR, size=3000))
    vs = np.round(rng.normal(size=len(ts)) * 10, 3)
    for xid, step in (("lin", False), ("step", True)):
        registry.create(xid, is_step=step)
        await insert(client, {"externalId": xid}, ts, vs)
    return ts, vs


@pytest.mark.parametrize("granularity, size", [("1h", HOUR), ("2h", 2 * HOUR), ("45m", 45 * 60_000),
                                                ("17s", 17_000), ("1d", 24 * HOUR)])  # fmt: skip
@pytest.mark.parametrize("xid", ["lin", "step"])
async def test_against_reference(
    client: httpx.AsyncClient, irregular: tuple[np.ndarray, np.ndarray], granularity: str, size: int, xid: str
) -> None:
    ts, vs = irregular
    start, end = T0 + 5 * HOUR + 1, T0 + 20 * HOUR
    body = {"items": [{"externalId": xid, "start": start, "end": end, "aggregates": NAMES,
                       "granularity": granularity, "limit": 10_000}]}  # fmt: skip
    got = (await list_json(client, body))["items"][0]["datapoints"]
    unit = {"h": HOUR, "m": 60_000, "s": 1000, "d": 24 * HOUR}[granularity[-1]]
    origin = start - start % unit
    expected_buckets = [b for b in range(origin, end, size) if ((ts >= b) & (ts < b + size)).any()]
    assert [p["timestamp"] for p in got] == expected_buckets
    for point in got:
        ref = reference(ts, vs, point["timestamp"], point["timestamp"] + size, xid == "step")
        for name in NAMES:
            if np.isnan(ref[name]):  # undefined (before the first point): left out
                assert name not in point
            else:
                assert point[name] == pytest.approx(ref[name], rel=1e-9, abs=1e-9), (name, point["timestamp"])


async def test_alignment_and_rounded_end(client: httpx.AsyncClient, registry: Registry) -> None:
    registry.create("x")
    await insert(client, {"externalId": "x"}, [T0 + 10, T0 + HOUR + 10, T0 + 2 * HOUR + 10], [1.0, 2.0, 3.0])
    # start mid-hour rounds down to the hour; end is rounded up to a whole bucket.
    body = {"items": [{"externalId": "x", "start": T0 + 1800_000, "end": T0 + HOUR + 1, "aggregates": ["sum"],
                       "granularity": "1h"}]}  # fmt: skip
    got = (await list_json(client, body))["items"][0]["datapoints"]
    assert got == [{"timestamp": T0, "sum": 1.0}, {"timestamp": T0 + HOUR, "sum": 2.0}]


async def test_month_granularity(client: httpx.AsyncClient, registry: Registry) -> None:
    registry.create("m")
    feb, mar = 1_706_745_600_000, 1_709_251_200_000  # 2024-02-01, 2024-03-01
    await insert(client, {"externalId": "m"}, [T0 + 5, feb - 1, feb, mar + 7], [1.0, 2.0, 4.0, 8.0])
    body = {"items": [{"externalId": "m", "start": T0 + 86_400_000, "end": mar + 1, "aggregates": ["count", "sum"],
                       "granularity": "1mo"}]}  # fmt: skip
    got = (await list_json(client, body))["items"][0]["datapoints"]
    assert got == [{"timestamp": T0, "count": 2, "sum": 3.0}, {"timestamp": feb, "count": 1, "sum": 4.0},
                   {"timestamp": mar, "count": 1, "sum": 8.0}]  # fmt: skip


async def test_paging_with_cursor_and_protobuf(client: httpx.AsyncClient, irregular: Any) -> None:
    item: dict[str, Any] = {"externalId": "lin", "start": T0, "end": T0 + 40 * HOUR, "aggregates": ["average", "count"],
                            "granularity": "5m", "limit": 7}  # fmt: skip
    full = (await list_json(client, {"items": [{**item, "limit": 10_000}]}))["items"][0]["datapoints"]
    pages: list[dict] = []
    while True:
        page = (await list_json(client, {"items": [item]}))["items"][0]
        pages += page["datapoints"]
        if "nextCursor" not in page:
            break
        item["cursor"] = page["nextCursor"]
    assert pages == full
    pb = (await list_proto(client, {"items": [{**item, "limit": 10_000, "cursor": None}]})).items[0]
    assert [(p.timestamp, p.average, p.count) for p in pb.aggregateDatapoints.datapoints] == [
        (p["timestamp"], p["average"], p["count"]) for p in full
    ]


async def test_extreme_datapoints_and_status_counts(client: httpx.AsyncClient, registry: Registry) -> None:
    registry.create("e")
    dps = [{"timestamp": T0 + 1, "value": 5.0}, {"timestamp": T0 + 2, "value": -1.0},
           {"timestamp": T0 + 3, "value": 5.0}, {"timestamp": T0 + 4, "value": 0.0, "status": {"symbol": "Bad"}}]  # fmt: skip
    assert (await client.post("/timeseries/data", json={"items": [{"externalId": "e", "datapoints": dps}]})).status_code == 200  # fmt: skip
    body = {"items": [{"externalId": "e", "start": T0, "end": T0 + 10, "granularity": "1s", "ignoreBadDataPoints": False,
                       "aggregates": ["maxDatapoint", "minDatapoint", "countGood", "countBad", "durationGood"]}]}  # fmt: skip
    (point,) = (await list_json(client, body))["items"][0]["datapoints"]
    assert point["maxDatapoint"] == {"timestamp": T0 + 1, "value": 5.0}
    assert point["minDatapoint"] == {"timestamp": T0 + 2, "value": -1.0}
    assert point["countGood"] == 3 and point["countBad"] == 1 and point["durationGood"] == 3.0
    pb = (await list_proto(client, body)).items[0].aggregateDatapoints.datapoints[0]
    assert (pb.maxDatapoint.timestamp, pb.maxDatapoint.value, pb.countBad) == (T0 + 1, 5.0, 1.0)


async def test_aggregate_validation(client: httpx.AsyncClient, registry: Registry) -> None:
    registry.create("s", is_string=True)
    registry.create("n")
    for item in ({"externalId": "n", "aggregates": ["average"]},
                 {"externalId": "n", "aggregates": ["median"], "granularity": "1h"},
                 {"externalId": "n", "aggregates": ["average"], "granularity": "121s"},
                 {"externalId": "n", "aggregates": ["average"], "granularity": "1fortnight"},
                 {"externalId": "n", "aggregates": ["average"], "granularity": "1h", "includeOutsidePoints": True},
                 {"externalId": "s", "aggregates": ["average"], "granularity": "1h"}):  # fmt: skip
        await list_json(client, {"items": [item]}, status=400)


async def test_time_zone_offsets(client: httpx.AsyncClient, registry: Registry) -> None:
    registry.create("tz")
    day = 24 * HOUR
    # Local midnight in UTC+05:30 is 18:30 UTC the day before.
    await insert(client, {"externalId": "tz"}, [T0 - 6 * HOUR, T0 + 1, T0 + 19 * HOUR], [1.0, 2.0, 4.0])
    item = {"externalId": "tz", "start": T0 - day, "end": T0 + day, "aggregates": ["sum"], "granularity": "1d",
            "timeZone": "UTC+05:30"}  # fmt: skip
    got = (await list_json(client, {"items": [item]}))["items"][0]["datapoints"]
    local_midnight = T0 - 5 * HOUR - 30 * 60_000
    assert got == [{"timestamp": local_midnight - day, "sum": 1.0}, {"timestamp": local_midnight, "sum": 2.0},
                   {"timestamp": local_midnight + day, "sum": 4.0}]  # fmt: skip
    item["granularity"] = "1m"  # minute granularities ignore the zone
    got = (await list_json(client, {"items": [item]}))["items"][0]["datapoints"]
    assert [p["timestamp"] for p in got] == [T0 - 6 * HOUR, T0, T0 + 19 * HOUR]
    item.update(granularity="1mo", timeZone="-01:00")
    got = (await list_json(client, {"items": [item]}))["items"][0]["datapoints"]
    # Local (UTC-1) months start at 01:00 UTC; T0 + 1 ms is still December there.
    assert got == [{"timestamp": T0 - 31 * day + HOUR, "sum": 3.0}, {"timestamp": T0 + HOUR, "sum": 4.0}]
    item.update(granularity="1d", timeZone="Europe/Oslo")  # +01:00 in winter
    got = (await list_json(client, {"items": [item]}))["items"][0]["datapoints"]
    assert got == [{"timestamp": T0 - 25 * HOUR, "sum": 1.0}, {"timestamp": T0 - HOUR, "sum": 6.0}]
    item["timeZone"] = "Mars/Olympus"
    assert "timeZone" in (await list_json(client, {"items": [item]}, status=400))["error"]["message"]


async def test_sparse_paging(client: httpx.AsyncClient, registry: Registry) -> None:
    registry.create("sparse")
    ts = T0 + np.array([0, 1, 5_000, 7_000_000, 7_000_500, 90_000_000, 3_000_000_000])
    await insert(client, {"externalId": "sparse"}, ts, np.arange(len(ts), dtype=float))
    item: dict[str, Any] = {"externalId": "sparse", "start": T0, "end": T0 + 4_000_000_000, "limit": 2,
                            "aggregates": ["count"], "granularity": "1s"}  # fmt: skip
    pages = []
    while True:
        page = (await list_json(client, {"items": [item]}))["items"][0]
        pages.append([(p["timestamp"] - T0, p["count"]) for p in page["datapoints"]])
        if "nextCursor" not in page:
            break
        item["cursor"] = page["nextCursor"]
    assert pages == [[(0, 2), (5_000, 1)], [(7_000_000, 2), (90_000_000, 1)], [(3_000_000_000, 1)]]
