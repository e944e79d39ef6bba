"""A tiny Starlette app that mounts only the datapoints service, with a dict-backed time series registry."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Mount

from cognite.emulator.datapoints import DatapointsService, TimeSeriesRef

BASE = "/api/v1/projects/test"
PROTOBUF = "application/protobuf"


class Registry:
    """Stands in for the emulator's time series resource: create series and resolve identifiers."""

    def __init__(self) -> None:
        self.by_id: dict[int, TimeSeriesRef] = {}
        self._ids = itertools.count(1000)

    def create(self, external_id: str | None = None, *, is_string: bool = False, is_step: bool = False,
               unit: str | None = None, instance_id: dict | None = None) -> TimeSeriesRef:  # fmt: skip
        ref = TimeSeriesRef(next(self._ids), external_id, is_string, is_step, unit=unit, instance_id=instance_id)
        self.by_id[ref.id] = ref
        return ref

    def resolve(self, ident: dict[str, Any]) -> TimeSeriesRef | None:
        if "id" in ident:
            return self.by_id.get(ident["id"])
        for ref in self.by_id.values():
            if "externalId" in ident and ref.external_id == ident["externalId"]:
                return ref
            if "instanceId" in ident and ref.instance_id == ident["instanceId"]:
                return ref
        return None


class ShortPages:
    """Fault stand-in: serve at most `size` points per page."""

    def __init__(self, size: int | None = None) -> None:
        self.size = size

    def short_page(self, limit: int) -> int:
        return limit if self.size is None else min(limit, self.size)


def make_app(service: DatapointsService) -> Starlette:
    return Starlette(routes=[Mount("/api/v1/projects/{project}", routes=service.routes())])


@pytest.fixture
def registry() -> Registry:
    return Registry()


@pytest.fixture
def faults() -> ShortPages:
    return ShortPages()


@pytest.fixture
def service(registry: Registry, faults: ShortPages) -> DatapointsService:
    return DatapointsService(registry.resolve, faults)


@pytest.fixture
async def client(service: DatapointsService) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=make_app(service))
    async with httpx.AsyncClient(transport=transport, base_url=f"http://emulator{BASE}") as c:
        yield c


async def insert(client: httpx.AsyncClient, ident: dict[str, Any], ts: Any, values: Any) -> None:
    """Insert through the JSON endpoint, asserting success."""
    dps = [{"timestamp": int(t), "value": v} for t, v in zip(ts, values, strict=True)]
    r = await client.post("/timeseries/data", json={"items": [{**ident, "datapoints": dps}]})
    assert r.status_code == 200, r.text


async def list_json(client: httpx.AsyncClient, body: dict[str, Any], status: int = 200) -> Any:
    r = await client.post("/timeseries/data/list", json=body)
    assert r.status_code == status, r.text
    return r.json()


async def list_proto(client: httpx.AsyncClient, body: dict[str, Any]) -> Any:
    from cdf_api.protobuf import data_point_list_response_pb2

    r = await client.post("/timeseries/data/list", json=body, headers={"accept": PROTOBUF})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == PROTOBUF
    return data_point_list_response_pb2.DataPointListResponse.FromString(r.content)
