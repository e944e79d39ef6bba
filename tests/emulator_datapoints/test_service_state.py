"""Service lifecycle (drop/reset/dump/load) and serving over a real socket."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator

import httpx
import numpy as np
import pytest
import uvicorn
from cdf_api.protobuf import data_point_list_response_pb2 as list_pb

from cognite.emulator.datapoints import DatapointsService

from .conftest import PROTOBUF, Registry, insert, list_json, make_app
from .test_insert import proto_body

T0 = 1_704_067_200_000


async def test_drop_reset_dump_load(client: httpx.AsyncClient, registry: Registry, service: DatapointsService) -> None:
    a = registry.create("a")
    registry.create("s", is_string=True)
    registry.create("st")
    await insert(client, {"externalId": "a"}, T0 + np.arange(5), [1.0, 2.0, 3.0, 4.0, 5.0])
    await insert(client, {"externalId": "s"}, [T0], ["x"])
    dps = [{"timestamp": T0, "value": 1.0, "status": {"symbol": "Uncertain"}}]
    await client.post("/timeseries/data", json={"items": [{"externalId": "st", "datapoints": dps}]})
    body = {"items": [{"externalId": x, "treatUncertainAsBad": False} for x in ("a", "s", "st")], "start": T0}
    before = await list_json(client, body)
    blob = service.dump()
    service.reset()
    assert all(not i["datapoints"] for i in (await list_json(client, body))["items"])
    service.load(blob)
    assert await list_json(client, body) == before
    service.drop(a.id)
    assert (await list_json(client, body))["items"][0]["datapoints"] == []


@pytest.fixture
def live_server(service: DatapointsService) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(make_app(service), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    yield f"http://127.0.0.1:{port}/api/v1/projects/test"
    server.should_exit = True
    thread.join(5)


async def test_concurrent_protobuf_pages_over_a_socket(live_server: str, registry: Registry,
                                                       service: DatapointsService) -> None:  # fmt: skip
    ref = registry.create("big")
    n = 250_000
    ts = T0 + np.arange(n, dtype=np.int64) * 1000
    values = np.random.default_rng(5).normal(size=n)
    async with httpx.AsyncClient(base_url=live_server, timeout=30) as client:
        for i in range(0, n, 100_000):
            body = proto_body([({"id": ref.id}, ts[i : i + 100_000], values[i : i + 100_000])])
            r = await client.post("/timeseries/data", content=body, headers={"content-type": PROTOBUF})
            assert r.status_code == 200, r.text

        async def page(i: int) -> list_pb.DataPointListResponse:
            body = {"items": [{"id": ref.id, "start": int(ts[i]), "end": int(ts[-1]) + 1, "limit": 100_000}]}
            r = await client.post("/timeseries/data/list", json=body, headers={"accept": PROTOBUF})
            assert r.status_code == 200
            return list_pb.DataPointListResponse.FromString(r.content)

        pages = await asyncio.gather(*(page(i) for i in range(0, n, 100_000)))
    got_ts = [p.timestamp for r in pages for p in r.items[0].numericDatapoints.datapoints]
    got_values = [p.value for r in pages for p in r.items[0].numericDatapoints.datapoints]
    assert got_ts == ts.tolist() and got_values == values.tolist()
    assert [bool(r.items[0].nextCursor) for r in pages] == [True, True, False]
