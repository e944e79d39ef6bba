"""POST /timeseries/data/latest and /timeseries/data/delete."""

from __future__ import annotations

import httpx
import numpy as np

from .conftest import Registry, insert, list_json

T0 = 1_704_067_200_000


async def test_latest_before_and_order(client: httpx.AsyncClient, registry: Registry) -> None:
    a = registry.create("a", unit="kg")
    registry.create("s", is_string=True)
    registry.create("empty")
    await insert(client, {"externalId": "a"}, [T0, T0 + 10, T0 + 20], [1.0, 2.0, 3.0])
    await insert(client, {"externalId": "s"}, [T0], ["hi"])
    body = {"items": [{"externalId": "s"}, {"id": a.id, "before": T0 + 20}, {"externalId": "empty"},
                      {"externalId": "a"}, {"externalId": "a", "before": "now"}]}  # fmt: skip
    r = await client.post("/timeseries/data/latest", json=body)
    assert r.status_code == 200, r.text
    items = r.json()["items"]
    assert items[0] == {"id": items[0]["id"], "externalId": "s", "isString": True, "isStep": False, "type": "string",
                        "datapoints": [{"timestamp": T0, "value": "hi"}]}  # fmt: skip
    assert items[1]["datapoints"] == [{"timestamp": T0 + 10, "value": 2.0}] and items[1]["unit"] == "kg"
    assert items[2]["datapoints"] == []
    assert items[3]["datapoints"] == items[4]["datapoints"] == [{"timestamp": T0 + 20, "value": 3.0}]


async def test_latest_unknown_ids(client: httpx.AsyncClient, registry: Registry) -> None:
    registry.create("a")
    body = {"items": [{"externalId": "nope"}, {"externalId": "a"}]}
    r = await client.post("/timeseries/data/latest", json=body)
    assert r.status_code == 400 and r.json()["error"]["missing"] == [{"externalId": "nope"}]
    r = await client.post("/timeseries/data/latest", json={**body, "ignoreUnknownIds": True})
    assert [i["externalId"] for i in r.json()["items"]] == ["a"]


async def test_delete_ranges(client: httpx.AsyncClient, registry: Registry) -> None:
    registry.create("a")
    b = registry.create("b")
    ts = T0 + np.arange(10) * 1000
    await insert(client, {"externalId": "a"}, ts, np.arange(10.0))
    await insert(client, {"externalId": "b"}, ts, np.arange(10.0))
    body = {"items": [{"externalId": "a", "inclusiveBegin": T0 + 2000, "exclusiveEnd": T0 + 5000},
                      {"id": b.id, "inclusiveBegin": T0 + 9000}]}  # fmt: skip
    r = await client.post("/timeseries/data/delete", json=body)
    assert r.status_code == 200 and r.json() == {}
    got = await list_json(client, {"items": [{"externalId": "a"}, {"externalId": "b"}], "start": T0})
    assert [p["value"] for p in got["items"][0]["datapoints"]] == [0, 1, 5, 6, 7, 8, 9]
    assert [p["value"] for p in got["items"][1]["datapoints"]] == list(range(9))  # only the point at the begin


async def test_delete_validation(client: httpx.AsyncClient, registry: Registry) -> None:
    registry.create("a")
    r = await client.post("/timeseries/data/delete", json={"items": [{"externalId": "nope", "inclusiveBegin": 0}]})
    assert r.status_code == 400 and r.json()["error"]["missing"] == [{"externalId": "nope"}]
    r = await client.post("/timeseries/data/delete", json={"items": [{"externalId": "a"}]})
    assert r.status_code == 400
