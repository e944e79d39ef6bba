"""Fixtures: the datapoints APIs wired to the in-process emulator (root conftest) through the real transport."""

from __future__ import annotations

import pytest

from cognite.client._api.datapoints import DatapointsAPI
from cognite.client._api.synthetic_time_series import SyntheticDatapointsAPI
from cognite.client._http.transport import CogniteTransport
from cognite.client.config import ClientConfig
from cognite.client.credentials import Token
from cognite.emulator import Emulator

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
