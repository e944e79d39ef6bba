"""POST /timeseries/data/list (raw): defaults and overrides, limits, cursors, short pages, outside points, protobuf."""

from __future__ import annotations

import time
from typing import Any

import httpx
import numpy as np
import pytest

from cognite.emulator.datapoints.timespec import MAX_TIMESTAMP

from .conftest import Registry, ShortPages, insert, list_json, list_proto

T0 = 1_704_067_200_000
N = 1000


@pytest.fixture
async def series(client: httpx.AsyncClient, registry: Registry) -> dict[str, Any]:
    """'a': N points one second apart from T0 (value = index); 'b': 10 points; 's': strings."""
    registry.create("a", unit="m")
    registry.create("b", is_step=True)
    registry.create("s", is_string=True)
    ts = T0 + np.arange(N) * 1000
    await insert(client, {"externalId": "a"}, ts, np.arange(N, dtype=float))
    await insert(client, {"externalId": "b"}, ts[:10], np.arange(10, dtype=float) * 2)
    await insert(client, {"externalId": "s"}, ts[:3], ["x", "y", "z"])
    return {"ts": ts}


def stamps(item: dict[str, Any]) -> list[int]:
    return [p["timestamp"] for p in item["datapoints"]]


async def test_default_limit_and_reply_shape(client: httpx.AsyncClient, series: dict) -> None:
    body = {"items": [{"externalId": "a"}], "start": T0, "end": T0 + 10**9}
    item = (await list_json(client, body))["items"][0]
    assert len(item["datapoints"]) == 100 and "nextCursor" in item
    assert item["datapoints"][0] == {"timestamp": T0, "value": 0.0}
    assert {k: item[k] for k in ("externalId", "isString", "isStep", "unit", "type")} == {
        "externalId": "a", "isString": False, "isStep": False, "unit": "m", "type": "numeric",
    }  # fmt: skip


async def test_top_level_defaults_and_item_overrides_in_order(client: httpx.AsyncClient, series: dict) -> None:
    body = {
        "items": [{"externalId": "b"}, {"externalId": "a", "limit": 3, "start": T0 + 5000}, {"externalId": "s"}],
        "start": T0 + 2000, "end": T0 + 8000, "limit": 5,
    }  # fmt: skip
    items = (await list_json(client, body))["items"]
    assert [i["externalId"] for i in items] == ["b", "a", "s"]
    assert stamps(items[0]) == [T0 + 2000 + i * 1000 for i in range(5)]
    assert [p["value"] for p in items[0]["datapoints"]] == [4.0, 6.0, 8.0, 10.0, 12.0]
    assert stamps(items[1]) == [T0 + 5000, T0 + 6000, T0 + 7000] and "nextCursor" not in items[1]
    assert items[2]["datapoints"] == [{"timestamp": T0 + 2000, "value": "z"}] and items[2]["isString"] is True


async def test_limit_sums(client: httpx.AsyncClient, series: dict) -> None:
    body = {"items": [{"externalId": "a", "limit": 60_000}, {"externalId": "b", "limit": 40_000}]}
    await list_json(client, body)
    body["items"][1]["limit"] = 40_001
    err = (await list_json(client, body, status=400))["error"]
    assert "100000" in err["message"]
    agg = {"aggregates": ["count"], "granularity": "1h"}
    body = {"items": [{"externalId": "a", "limit": 6000, **agg}, {"externalId": "b", "limit": 4001, **agg}]}
    assert "10000" in (await list_json(client, body, status=400))["error"]["message"]
    assert (await list_json(client, {"items": [{"externalId": "a", "limit": -1}]}, status=400))["error"]
    assert (await list_json(client, {"items": [{"externalId": "a"}] * 101}, status=400))["error"]


async def test_cursor_pages_cover_everything(client: httpx.AsyncClient, series: dict) -> None:
    got: list[int] = []
    cursor = None
    while True:
        item = {"externalId": "a", "start": T0, "end": T0 + N * 1000, "limit": 300, "cursor": cursor}
        page = (await list_json(client, {"items": [item]}))["items"][0]
        got += stamps(page)
        cursor = page.get("nextCursor")
        if cursor is None:
            break
    assert got == series["ts"].tolist()


async def test_cursor_survives_moved_start_and_changed_end(client: httpx.AsyncClient, series: dict) -> None:
    # The official SDK sends start = last + 1 together with the cursor, and may shrink the window's end.
    first = await list_json(client, {"items": [{"externalId": "a", "start": T0, "end": T0 + N * 1000, "limit": 100}]})
    page = first["items"][0]
    last = stamps(page)[-1]
    follow = {"externalId": "a", "start": last + 1, "end": T0 + 150_000, "limit": 100, "cursor": page["nextCursor"]}
    page2 = (await list_json(client, {"items": [follow]}))["items"][0]
    assert stamps(page2) == [last + 1000 * (i + 1) for i in range(50)]
    # A start before the cursor position does not re-serve points; a start after it wins.
    follow = {**follow, "start": T0, "end": T0 + N * 1000, "limit": 5}
    assert stamps((await list_json(client, {"items": [follow]}))["items"][0])[0] == last + 1000
    follow["start"] = last + 10_500
    assert stamps((await list_json(client, {"items": [follow]}))["items"][0])[0] == last + 11_000


async def test_invalid_cursor(client: httpx.AsyncClient, series: dict) -> None:
    await list_json(client, {"items": [{"externalId": "a", "cursor": "not-a-cursor"}]}, status=400)


@pytest.mark.parametrize("page_size", [0, 7, 333])
async def test_short_pages_always_carry_a_cursor(
    client: httpx.AsyncClient, series: dict, faults: ShortPages, page_size: int
) -> None:
    faults.size = page_size
    item: dict[str, Any] = {"externalId": "a", "start": T0, "end": T0 + N * 1000, "limit": 1000}
    page = (await list_json(client, {"items": [item]}))["items"][0]
    assert len(page["datapoints"]) == page_size and page["nextCursor"]
    if page_size == 0:
        return
    got = stamps(page)
    while "nextCursor" in page:
        item["cursor"] = page["nextCursor"]
        page = (await list_json(client, {"items": [item]}))["items"][0]
        got += stamps(page)
    assert got == series["ts"].tolist()


async def test_include_outside_points(client: httpx.AsyncClient, series: dict) -> None:
    body = {"items": [{"externalId": "a", "start": T0 + 5000, "end": T0 + 10_000, "limit": 0,
                       "includeOutsidePoints": True}]}  # fmt: skip
    assert stamps((await list_json(client, body))["items"][0]) == [T0 + 4000, T0 + 10_000]
    body["items"][0]["limit"] = 2  # truncated: limit + 2 points, with a gap
    assert stamps((await list_json(client, body))["items"][0]) == [T0 + 4000, T0 + 5000, T0 + 6000, T0 + 10_000]
    body["items"][0].update(limit=100, start=T0 - 10, end=T0 + 2000)  # nothing before start
    assert stamps((await list_json(client, body))["items"][0]) == [T0, T0 + 1000, T0 + 2000]
    body["items"][0].update(start=T0 + (N - 1) * 1000, end=T0 + N * 1000 + 5)  # nothing after end
    assert stamps((await list_json(client, body))["items"][0]) == [T0 + (N - 2) * 1000, T0 + (N - 1) * 1000]


async def test_ignore_unknown_ids(client: httpx.AsyncClient, series: dict) -> None:
    items = [{"externalId": "nope"}, {"externalId": "b", "limit": 1}, {"id": 123456789}]
    err = (await list_json(client, {"items": items}, status=400))["error"]
    assert err["message"] == "Time series not found"
    assert err["missing"] == [{"externalId": "nope"}, {"id": 123456789}]
    got = await list_json(client, {"items": items, "ignoreUnknownIds": True, "start": T0})
    assert [i["externalId"] for i in got["items"]] == ["b"]


async def test_relative_time_strings(client: httpx.AsyncClient, registry: Registry) -> None:
    registry.create("recent")
    now = int(time.time() * 1000)
    await insert(client, {"externalId": "recent"}, [now - 3 * 86_400_000, now - 3_600_000], [1.0, 2.0])
    body = {"items": [{"externalId": "recent", "start": "2d-ago", "end": "now"}]}
    assert [p["value"] for p in (await list_json(client, body))["items"][0]["datapoints"]] == [2.0]
    body = {"items": [{"externalId": "recent", "start": "1w-ago", "end": "1m-ago"}]}
    assert len((await list_json(client, body))["items"][0]["datapoints"]) == 2
    await list_json(client, {"items": [{"externalId": "recent", "start": "yesterday"}]}, status=400)


async def test_end_must_follow_start(client: httpx.AsyncClient, series: dict) -> None:
    await list_json(client, {"items": [{"externalId": "a", "start": T0, "end": T0}]}, status=400)


async def test_protobuf_reply_matches_json(client: httpx.AsyncClient, series: dict) -> None:
    body = {"items": [{"externalId": "a", "limit": 500}, {"externalId": "s"}, {"externalId": "b", "start": T0 - 9, "end": T0}],
            "start": T0, "end": T0 + 10**7}  # fmt: skip
    js = (await list_json(client, body))["items"]
    pb = (await list_proto(client, body)).items
    assert [(p.timestamp, p.value) for p in pb[0].numericDatapoints.datapoints] == [
        (d["timestamp"], d["value"]) for d in js[0]["datapoints"]
    ]
    assert pb[0].nextCursor == js[0]["nextCursor"] and pb[0].externalId == "a" and pb[0].unit == "m"
    assert [(p.timestamp, p.value) for p in pb[1].stringDatapoints.datapoints] == [
        (d["timestamp"], d["value"]) for d in js[1]["datapoints"]
    ]
    assert pb[1].isString and not pb[1].nextCursor
    assert pb[2].WhichOneof("datapointType") == "numericDatapoints" and len(pb[2].numericDatapoints.datapoints) == 0
    assert pb[2].isStep


async def test_status_codes_visibility(client: httpx.AsyncClient, registry: Registry) -> None:
    registry.create("st")
    dps = [{"timestamp": T0, "value": 1.0}, {"timestamp": T0 + 1, "value": 2.0, "status": {"symbol": "Uncertain"}},
           {"timestamp": T0 + 2, "value": 3.0, "status": {"code": 2147483648}}]  # fmt: skip
    r = await client.post("/timeseries/data", json={"items": [{"externalId": "st", "datapoints": dps}]})
    assert r.status_code == 200
    q: dict[str, Any] = {"externalId": "st", "start": T0, "end": MAX_TIMESTAMP}
    assert stamps((await list_json(client, {"items": [q]}))["items"][0]) == [T0]
    q["treatUncertainAsBad"] = False
    assert stamps((await list_json(client, {"items": [q]}))["items"][0]) == [T0, T0 + 1]
    q.update(ignoreBadDataPoints=False, includeStatus=True)
    points = (await list_json(client, {"items": [q]}))["items"][0]["datapoints"]
    assert points == [{"timestamp": T0, "value": 1.0},
                      {"timestamp": T0 + 1, "value": 2.0, "status": {"code": 0x40000000, "symbol": "Uncertain"}},
                      {"timestamp": T0 + 2, "value": 3.0, "status": {"code": 0x80000000, "symbol": "Bad"}}]  # fmt: skip
    pb = (await list_proto(client, {"items": [q]})).items[0].numericDatapoints.datapoints
    assert [(p.timestamp, p.value, p.status.code) for p in pb] == [
        (T0, 1.0, 0), (T0 + 1, 2.0, 0x40000000), (T0 + 2, 3.0, 0x80000000),
    ]  # fmt: skip
