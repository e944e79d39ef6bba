"""Fixtures: the datapoints APIs wired to the in-process emulator (root conftest) through the real transport, and
`series`: time series named by id, external id or instance id (a test taking it runs for all three)."""

from __future__ import annotations

from typing import Any

import pytest

from cognite.client._api.datapoints import DatapointsAPI
from cognite.client._api.synthetic_time_series import SyntheticDatapointsAPI
from cognite.client._http.transport import CogniteTransport
from cognite.client.config import ClientConfig
from cognite.client.credentials import Token
from cognite.emulator import Emulator
from tests.core_nodes import core_time_series

PROJECT = "dps-test"


@pytest.fixture
def transport(emulator: Emulator) -> CogniteTransport:
    config = ClientConfig(client_name="dps-tests", project=PROJECT, credentials=Token("t"), base_url=emulator.base_url)
    t = CogniteTransport(config, http_transport=emulator.transport)

    async def no_sleep(_: float) -> None:  # backoff waits are not what these tests measure
        return None

    t.sleep = no_sleep
    return t


@pytest.fixture
def dps(transport: CogniteTransport) -> DatapointsAPI:
    return DatapointsAPI(transport.config, transport, None)  # type: ignore[arg-type]


@pytest.fixture
def synthetic(transport: CogniteTransport) -> SyntheticDatapointsAPI:
    return SyntheticDatapointsAPI(transport.config, transport, None)  # type: ignore[arg-type]


@pytest.fixture
def make_ts(transport: CogniteTransport):
    """Create time series in the emulator: make_ts("a", "b", is_string=False) -> list of ids."""

    async def make(*xids: str, is_string: bool = False, is_step: bool = False) -> list[int]:
        items = [{"externalId": x, "isString": is_string, "isStep": is_step} for x in xids]
        resp = await transport.request("POST", "/timeseries", json={"items": items})
        return [it["id"] for it in resp.json()["items"]]

    return make


class Series:
    """Time series named by one identifier kind (`id`, `external_id` or `instance_id`), so one test covers all three:
    `await series.make("a", "b")` -> their identifiers (ints, names or NodeIds of CogniteTimeSeries nodes),
    `series.query(idents)` -> the retrieve keyword, `series.item(ident, datapoints=...)` -> an insert_multiple entry."""

    SPACE = "dps"

    def __init__(self, kind: str, make_ts: Any, emulator: Emulator) -> None:
        self.kind, self._make_ts, self._emulator = kind, make_ts, emulator

    async def make(self, *names: str, is_string: bool = False) -> list[Any]:
        if self.kind == "instance_id":
            nodes = ((self.SPACE, n) for n in names)
            kind = "string" if is_string else "numeric"
            return core_time_series(self._emulator, *nodes, project=PROJECT, type=kind)
        ids = await self._make_ts(*names, is_string=is_string)
        return ids if self.kind == "id" else list(names)

    def query(self, idents: Any) -> dict[str, Any]:
        return {self.kind: idents}

    def item(self, ident: Any, **fields: Any) -> dict[str, Any]:
        return {self.kind: ident, **fields}


@pytest.fixture(params=["id", "external_id", "instance_id"])
def series(request: pytest.FixtureRequest, make_ts: Any, emulator: Emulator) -> Series:
    return Series(request.param, make_ts, emulator)
