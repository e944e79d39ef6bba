"""POST /timeseries/data: JSON and protobuf bodies, CDF's limits and validation, overwrite semantics."""

from __future__ import annotations

import gzip
from typing import Any

import httpx
import numpy as np
import pytest
from cdf_api.protobuf import data_point_insertion_request_pb2 as ins_pb

from cognite.emulator.datapoints.timespec import MAX_TIMESTAMP, MIN_TIMESTAMP

from .conftest import PROTOBUF, Registry, insert, list_json

T0 = 1_704_067_200_000


async def read_all(client: httpx.AsyncClient, ident: dict[str, Any]) -> list[tuple[int, Any]]:
    body = {"items": [{**ident, "start": MIN_TIMESTAMP, "end": MAX_TIMESTAMP + 1, "limit": 100_000}]}
    item = (await list_json(client, body))["items"][0]
    return [(p["timestamp"], p["value"]) for p in item["datapoints"]]


async def post(client: httpx.AsyncClient, items: list[dict[str, Any]]) -> httpx.Response:
    return await client.post("/timeseries/data", json={"items": items})


async def test_json_numeric_and_string(client: httpx.AsyncClient, registry: Registry) -> None:
    num = registry.create("num")
    registry.create("txt", is_string=True)
    r = await post(client, [
        {"id": num.id, "datapoints": [{"timestamp": T0 + 1, "value": 1}, {"timestamp": T0, "value": 0.5}]},
        {"externalId": "txt", "datapoints": [{"timestamp": T0, "value": "a"}, {"timestamp": T0 + 1, "value": "ø"}]},
    ])  # fmt: skip
    assert r.status_code == 200 and r.json() == {}
    assert await read_all(client, {"externalId": "num"}) == [(T0, 0.5), (T0 + 1, 1.0)]
    assert await read_all(client, {"externalId": "txt"}) == [(T0, "a"), (T0 + 1, "ø")]


async def test_instance_id_reference(client: httpx.AsyncClient, registry: Registry) -> None:
    registry.create(None, instance_id={"space": "sp", "externalId": "dm"})
    ident = {"instanceId": {"space": "sp", "externalId": "dm"}}
    await insert(client, ident, [T0], [3.0])
    assert await read_all(client, ident) == [(T0, 3.0)]


async def test_overwrite_and_unsorted_merge(client: httpx.AsyncClient, registry: Registry) -> None:
    registry.create("a")
    await insert(client, {"externalId": "a"}, [T0 + 10, T0 + 20, T0 + 30], [1, 2, 3])
    await insert(client, {"externalId": "a"}, [T0 + 25, T0 + 20, T0 + 5, T0 + 40], [9, 8, 7, 6])
    # Within one request the last point of a timestamp wins.
    await insert(client, {"externalId": "a"}, [T0 + 30, T0 + 30], [100, 200])
    assert await read_all(client, {"externalId": "a"}) == [
        (T0 + 5, 7.0), (T0 + 10, 1.0), (T0 + 20, 8.0), (T0 + 25, 9.0), (T0 + 30, 200.0), (T0 + 40, 6.0),
    ]  # fmt: skip


def proto_body(items: list[tuple[dict[str, Any], Any, Any]]) -> bytes:
    req = ins_pb.DataPointInsertionRequest()
    for ident, ts, values in items:
        item = req.items.add()
        if "id" in ident:
            item.id = ident["id"]
        elif "externalId" in ident:
            item.externalId = ident["externalId"]
        else:
            item.instanceId.space = ident["instanceId"]["space"]
            item.instanceId.externalId = ident["instanceId"]["externalId"]
        if len(values) and isinstance(values[0], str):
            for t, v in zip(ts, values, strict=True):
                item.stringDatapoints.datapoints.add(timestamp=int(t), value=v)
        else:
            for t, v in zip(ts, values, strict=True):
                item.numericDatapoints.datapoints.add(timestamp=int(t), value=float(v))
    return req.SerializeToString()


@pytest.mark.parametrize("compress", [False, True])
async def test_protobuf_body(client: httpx.AsyncClient, registry: Registry, compress: bool) -> None:
    regular = registry.create("regular")
    registry.create("irregular")
    registry.create("txt", is_string=True)
    registry.create(None, instance_id={"space": "sp", "externalId": "dm"})
    ts = T0 + np.arange(20_000) * 1000
    values = np.random.default_rng(1).normal(size=20_000)
    odd_ts, odd_values = [0, 5, T0], [0.0, -2.0, 3.5]  # zero timestamp / value: not the fixed-stride layout
    body = proto_body([
        ({"id": regular.id}, ts, values),
        ({"externalId": "irregular"}, odd_ts, odd_values),
        ({"externalId": "txt"}, [T0], ["hello"]),
        ({"instanceId": {"space": "sp", "externalId": "dm"}}, [T0], [1.0]),
    ])  # fmt: skip
    headers = {"content-type": PROTOBUF}
    if compress:
        body, headers["content-encoding"] = gzip.compress(body), "gzip"
    r = await client.post("/timeseries/data", content=body, headers=headers)
    assert r.status_code == 200, r.text
    got = await read_all(client, {"id": regular.id})
    assert [t for t, _ in got] == ts.tolist() and [v for _, v in got] == values.tolist()
    assert await read_all(client, {"externalId": "irregular"}) == list(zip(odd_ts, odd_values, strict=True))
    assert await read_all(client, {"externalId": "txt"}) == [(T0, "hello")]
    assert await read_all(client, {"instanceId": {"space": "sp", "externalId": "dm"}}) == [(T0, 1.0)]


async def test_protobuf_garbage_is_400(client: httpx.AsyncClient) -> None:
    r = await client.post("/timeseries/data", content=b"\x0a\x09\x12", headers={"content-type": PROTOBUF})
    assert r.status_code == 400


async def test_point_and_item_limits(client: httpx.AsyncClient, registry: Registry) -> None:
    registry.create("a")
    registry.create("b")
    dps = [{"timestamp": T0 + i, "value": 1.0} for i in range(50_001)]
    r = await post(client, [{"externalId": "a", "datapoints": dps}, {"externalId": "b", "datapoints": dps[:50_000]}])
    assert r.status_code == 400 and "100000" in r.json()["error"]["message"]
    r = await post(client, [{"externalId": "a", "datapoints": dps[:50_000]}, {"externalId": "b", "datapoints": dps[:50_000]}])  # fmt: skip
    assert r.status_code == 200
    items = [{"id": i + 1, "datapoints": []} for i in range(10_001)]
    r = await post(client, items)
    assert r.status_code == 400 and "10000" in r.json()["error"]["message"]


async def test_unknown_ids_listed_in_missing(client: httpx.AsyncClient, registry: Registry) -> None:
    registry.create("a")
    dp = [{"timestamp": T0, "value": 1}]
    r = await post(client, [{"externalId": "a", "datapoints": dp}, {"externalId": "x", "datapoints": dp},
                            {"id": 999_999, "datapoints": dp}])  # fmt: skip
    assert r.status_code == 400
    assert r.json()["error"]["missing"] == [{"externalId": "x"}, {"id": 999_999}]
    assert await read_all(client, {"externalId": "a"}) == []  # all or nothing


async def test_duplicate_series_is_422(client: httpx.AsyncClient, registry: Registry) -> None:
    ref = registry.create("a")
    dp = [{"timestamp": T0, "value": 1}]
    r = await post(client, [{"externalId": "a", "datapoints": dp}, {"id": ref.id, "datapoints": dp}])
    assert r.status_code == 422 and r.json()["error"]["duplicated"] == [{"id": ref.id}]


@pytest.mark.parametrize(
    ("series", "value"),
    [("num", "text"), ("num", True), ("txt", 1.5), ("num", None), ("txt", None), ("num", "NaN"),
     ("num", "Infinity"), ("num", 1e100), ("num", -1e101), ("txt", "x" * 1024)],
)  # fmt: skip
async def test_invalid_values_are_400(client: httpx.AsyncClient, registry: Registry, series: str, value: Any) -> None:
    registry.create("num")
    registry.create("txt", is_string=True)
    r = await post(client, [{"externalId": series, "datapoints": [{"timestamp": T0, "value": value}]}])
    assert r.status_code == 400, r.text
    assert await read_all(client, {"externalId": series}) == []


async def test_non_finite_protobuf_values_are_400(client: httpx.AsyncClient, registry: Registry) -> None:
    registry.create("num")
    for bad in (np.nan, np.inf):
        body = proto_body([({"externalId": "num"}, [T0, T0 + 1], [1.0, bad])])
        r = await client.post("/timeseries/data", content=body, headers={"content-type": PROTOBUF})
        assert r.status_code == 400


async def test_bad_points_may_carry_special_values(client: httpx.AsyncClient, registry: Registry) -> None:
    registry.create("num")
    dps = [{"timestamp": T0, "value": "NaN", "status": {"symbol": "Bad"}},
           {"timestamp": T0 + 1, "status": {"code": 2147483648}}, {"timestamp": T0 + 2, "value": 1.0}]  # fmt: skip
    r = await post(client, [{"externalId": "num", "datapoints": dps}])
    assert r.status_code == 200, r.text
    assert await read_all(client, {"externalId": "num"}) == [(T0 + 2, 1.0)]  # Bad points hidden by default


@pytest.mark.parametrize("ts", [MIN_TIMESTAMP - 1, MAX_TIMESTAMP + 1, 2**63 - 1])
async def test_timestamps_out_of_range(client: httpx.AsyncClient, registry: Registry, ts: int) -> None:
    registry.create("a")
    r = await post(client, [{"externalId": "a", "datapoints": [{"timestamp": ts, "value": 1}]}])
    assert r.status_code == 400 and "out of range" in r.json()["error"]["message"]


async def test_timestamp_range_edges_accepted(client: httpx.AsyncClient, registry: Registry) -> None:
    registry.create("a")
    await insert(client, {"externalId": "a"}, [MIN_TIMESTAMP, MAX_TIMESTAMP], [1.0, 2.0])
    assert await read_all(client, {"externalId": "a"}) == [(MIN_TIMESTAMP, 1.0), (MAX_TIMESTAMP, 2.0)]


async def test_malformed_items(client: httpx.AsyncClient, registry: Registry) -> None:
    registry.create("a")
    for body in ({}, {"items": []}, {"items": [{"externalId": "a"}]},
                 {"items": [{"datapoints": []}]}, {"items": [{"id": 1, "externalId": "a", "datapoints": []}]},
                 {"items": [{"externalId": "a", "datapoints": [{"value": 1}]}]},
                 {"items": [{"externalId": "a", "datapoints": [{"timestamp": "2024-01-01", "value": 1}]}]}):  # fmt: skip
        r = await client.post("/timeseries/data", json=body)
        assert r.status_code == 400, body
    r = await client.post("/timeseries/data", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 400
