"""Projects are kept apart by default; `Emulator(share_projects=True)` / `--share-projects` gives every project
name the same data (one world for all), through the SDK as through raw HTTP."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from cognite.client import AsyncCogniteClient, ClientConfig, CogniteClient
from cognite.client.credentials import Token
from cognite.client.data_classes import AssetWrite, TimeSeriesWrite
from cognite.client.exceptions import CogniteDuplicatedError
from cognite.emulator import Emulator
from cognite.emulator.__main__ import build, parse_args

Resolve = Callable[[Any], Awaitable[Any]]


def _clients(emu: Emulator, kind: str) -> tuple[Any, Any]:
    cls = CogniteClient if kind == "sync" else AsyncCogniteClient

    def make(project: str) -> Any:
        config = ClientConfig(client_name="share", project=project, credentials=Token("t"), base_url=emu.base_url)
        return cls(config, http_transport=emu.transport)

    return make("north"), make("south")


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_shared_projects_see_the_same_data(kind: str, resolve: Resolve) -> None:
    emu = Emulator(share_projects=True)
    north, south = _clients(emu, kind)
    created = await resolve(north.assets.create(AssetWrite(external_id="pump", name="shared pump")))
    got = await resolve(south.assets.retrieve(external_id="pump"))
    assert got is not None and got.id == created.id and got.name == "shared pump"
    await resolve(south.time_series.create(TimeSeriesWrite(external_id="temp")))
    await resolve(south.time_series.data.insert([(0, 1.0), (1000, 2.0)], external_id="temp"))
    arrays = await resolve(north.time_series.data.retrieve_arrays(external_id="temp", start=0, end=10_000))
    assert list(arrays.value) == [1.0, 2.0]
    # A write of one project is a conflict in the other (it is the same asset).
    with pytest.raises(CogniteDuplicatedError):
        await resolve(south.assets.create(AssetWrite(external_id="pump", name="again")))
    assert emu.project("north") is emu.project("south") is emu.project()


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_projects_are_kept_apart_by_default(kind: str, resolve: Resolve) -> None:
    emu = Emulator()
    north, south = _clients(emu, kind)
    await resolve(north.assets.create(AssetWrite(external_id="pump", name="north pump")))
    assert await resolve(south.assets.retrieve(external_id="pump")) is None
    await resolve(south.assets.create(AssetWrite(external_id="pump", name="south pump")))  # no conflict
    assert [a.name for a in await resolve(north.assets.list(limit=None))] == ["north pump"]
    assert emu.project("north") is not emu.project("south")


def test_share_projects_option_of_the_cli() -> None:
    assert build(parse_args(["--share-projects"])).share_projects
    assert not build(parse_args([])).share_projects
