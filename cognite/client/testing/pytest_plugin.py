"""pytest plugin (entry point `cognite_emulator`): clients bound to a fresh in-process CDF emulator per test.

Installed with the SDK, so any project's tests can ask for the fixtures without configuration:

    def test_rename(cognite_client):
        cognite_client.assets.create([AssetWrite(external_id="p1", name="pump")])
        ...

Fixtures:
    cognite_emulator_options: keyword arguments for `cognite.emulator.Emulator` (override it to e.g. seed ids or
        turn on strict auth); default `{}`.
    cognite_emulator: a fresh `Emulator` (empty, no socket); use it to inject faults or look at the request log.
    cognite_client: a `CogniteClient` whose requests are answered in-process by `cognite_emulator`.
    async_cognite_client: the same as an `AsyncCogniteClient`, for `async def` tests.

Requests go through the client's real transport (auth headers, retries, gzip, cdf-version) and are answered by the
emulator's ASGI app without a socket, so tests are fast and run in parallel (pytest-xdist) without ports.
This module imports nothing heavy at collection time: the emulator is imported when a fixture is first used.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from cognite.client import AsyncCogniteClient, CogniteClient
    from cognite.emulator import Emulator

CLIENT_NAME = "cognite-pytest-emulator"
TOKEN = "emulator-test-token"


def emulator_client_config(emulator: Emulator, project: str | None = None) -> Any:
    """A `ClientConfig` for a client talking to `emulator` (its first project unless `project` is given).

    Example:
        >>> from cognite.emulator import Emulator
        >>> from cognite.client.testing.pytest_plugin import emulator_client_config
        >>> emulator_client_config(Emulator()).project
        'emulator'
    """
    from cognite.client import ClientConfig
    from cognite.client.credentials import Token

    return ClientConfig(
        client_name=CLIENT_NAME,
        project=project or emulator.projects[0],
        base_url=emulator.base_url,
        credentials=Token(TOKEN),
    )


@pytest.fixture
def cognite_emulator_options() -> dict[str, Any]:
    """Keyword arguments for the `cognite_emulator` fixture's `Emulator`; override to change them."""
    return {}


@pytest.fixture
def cognite_emulator(cognite_emulator_options: dict[str, Any]) -> Iterator[Emulator]:
    """A fresh, empty in-process CDF emulator."""
    try:
        from cognite.emulator import Emulator
    except ImportError as e:
        raise ImportError(
            f"The cognite_client fixtures run the CDF emulator, which needs the 'emulator' extra: "
            f"pip install 'cognite-sdk-fast[emulator]' ({e})"
        ) from e

    options = dict(cognite_emulator_options)
    # The fixtures' clients send TOKEN: register it so they also work with strict_auth=True.
    options["tokens"] = {TOKEN: CLIENT_NAME, **options.get("tokens", {})}
    yield Emulator(**options)


@pytest.fixture
def cognite_client(cognite_emulator: Emulator) -> Iterator[CogniteClient]:
    """A `CogniteClient` bound to the test's fresh in-process emulator."""
    from cognite.client import CogniteClient

    client = CogniteClient(emulator_client_config(cognite_emulator), http_transport=cognite_emulator.transport)
    yield client
    # The sync client's connection pools live on the SDK's background loop for the whole process; close them so the
    # test's emulator (and its data) is not kept alive by a pool. Pools are recreated on next use.
    from cognite.client._http.pool import close_pools
    from cognite.client._sync import run_sync

    run_sync(close_pools())


@pytest.fixture
def async_cognite_client(cognite_emulator: Emulator) -> AsyncCogniteClient:
    """An `AsyncCogniteClient` bound to the test's fresh in-process emulator.

    A plain (not async) fixture, so it works with any async test runner (pytest-asyncio, anyio): creating the
    client needs no event loop, and its connection pool belongs to the test's loop and goes away with it.
    """
    from cognite.client import AsyncCogniteClient

    return AsyncCogniteClient(emulator_client_config(cognite_emulator), http_transport=cognite_emulator.transport)
