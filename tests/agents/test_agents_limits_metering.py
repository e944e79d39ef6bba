"""Agents, limits and metering through the SDK (sync and async) against the emulator."""

from __future__ import annotations

from typing import Any

import pytest

from cognite.client.data_classes.agents import Agent, AgentList, AgentUpsert
from cognite.client.data_classes.filters import Prefix
from cognite.client.data_classes.limits import Limit
from cognite.client.data_classes.metering import MeteringData
from cognite.client.exceptions import CogniteAPIError, CogniteNotFoundError
from cognite.emulator import Emulator


async def test_agents_upsert_retrieve_list_delete(client: Any, resolve: Any) -> None:
    agents = client.agents
    first = await resolve(agents.upsert(AgentUpsert("helper", "Helper", instructions="Be brief")))
    assert isinstance(first, Agent) and first.created_time is not None and first.instructions == "Be brief"
    again = await resolve(agents.upsert([AgentUpsert("helper", "Helper v2"), AgentUpsert("other", "Other")]))
    assert isinstance(again, AgentList) and again[0].name == "Helper v2"
    assert again[0].created_time == first.created_time  # an upsert replaces, keeping the creation time
    assert [a.external_id for a in await resolve(agents.list())] == ["helper", "other"]
    assert (await resolve(agents.retrieve("other"))).name == "Other"
    with pytest.raises(CogniteNotFoundError):
        await resolve(agents.retrieve(["helper", "gone"]))
    await resolve(agents.delete("other"))
    await resolve(agents.delete("gone", ignore_unknown_ids=True))
    assert [a.external_id for a in await resolve(agents.list())] == ["helper"]
    with pytest.raises(ValueError, match="name"):
        await resolve(agents.upsert(AgentUpsert("nameless")))


async def test_agent_chat_is_a_clear_not_supported_error(client: Any, resolve: Any) -> None:
    await resolve(client.agents.upsert(AgentUpsert("helper", "Helper")))
    with pytest.raises(CogniteAPIError, match="not supported by the local emulator") as err:
        await resolve(client.agents.chat("helper", {"role": "user", "content": {"type": "text", "text": "hi"}}))
    assert err.value.code == 501
    with pytest.raises(CogniteAPIError, match="not found"):
        await resolve(client.agents.chat("nobody", {"role": "user", "content": {"type": "text", "text": "hi"}}))


async def test_limits(client: Any, resolve: Any, emulator: Emulator) -> None:
    assert list(await resolve(client.limits.list())) == []  # the emulator has no quota service: none until set
    emulator.resource("limits").set("atlas.monthly_ai_tokens", 1000)
    emulator.resource("limits").set("files.storage_bytes", 10**12)
    one = await resolve(client.limits.retrieve("atlas.monthly_ai_tokens"))
    assert isinstance(one, Limit) and one.value == 1000
    assert await resolve(client.limits.retrieve("atlas.nothing")) is None
    atlas = await resolve(client.limits.list(filter=Prefix("limitId", "atlas.")))
    assert atlas.as_ids() == ["atlas.monthly_ai_tokens"]
    assert len(await resolve(client.limits.list(limit=None))) == 2
    with pytest.raises(ValueError, match="Prefix"):
        await resolve(client.limits.list(filter={"equals": {"property": ["limitId"], "value": "x"}}))


async def test_metering(client: Any, resolve: Any, emulator: Emulator) -> None:
    emulator.resource("metering").record("atlas.monthly_ai_tokens", [(1000, 1.5), (2000, 2.5), (3000, 3.5)])
    emulator.resource("metering").record("files.storage_bytes")
    meter = await resolve(client.metering.retrieve("atlas.monthly_ai_tokens"))
    assert isinstance(meter, MeteringData) and meter.datapoints == []  # datapoints only when asked for
    ranged = await resolve(client.metering.retrieve(["atlas.monthly_ai_tokens"], start=1500, number_of_datapoints=1))
    assert [(p.timestamp, p.average) for p in ranged[0].datapoints] == [(2000, 2.5)]
    assert len(await resolve(client.metering.list(limit=None))) == 2
    files = await resolve(client.metering.list(filter=Prefix("meterId", "files.")))
    assert files.as_ids() == ["files.storage_bytes"]
    with pytest.raises(ValueError, match="together"):
        await resolve(client.metering.list(start=0))
