"""Acceptance: a sync follows 100k instances exactly while they are created, changed and deleted in waves, through
injected faults.

The writer creates a first wave, then (while our client's ``instances.subscribe`` runs) creates the rest in waves,
changes and deletes random instances between waves (some several times, some deleted before the sync
reaches them). The sync requests meet 429s, 503s and connections dropped before and after the emulator handled
the request; the transport retries them (a retried sync request carries the same cursor, so it gets the same page).
At the end every instance's latest version seen equals its final state, no version is seen twice, every delete is
seen as a tombstone and nothing is missed.
"""

from __future__ import annotations

import asyncio
import random
from typing import Any

import pytest

from cognite.client import global_config
from cognite.client.data_classes.data_modeling import NodeApply, NodeOrEdgeData, ViewId
from cognite.client.data_classes.data_modeling.query import (
    NodeResultSetExpressionSync,
    QueryResult,
    QuerySync,
    SelectSync,
    SourceSelector,
)
from cognite.client.data_classes.filters import SpaceFilter
from cognite.emulator import DEFAULT_PROJECT, Emulator
from tests.emulator.conftest import Api

TOTAL = 100_000
FIRST_WAVE = 40_000
WAVES = 6  # the other 60k, each followed by a round of changes and deletes
CHANGES_PER_WAVE = 4_000
DELETES_PER_WAVE = 2_000
SYNC_LIMIT = 2_000  # TableExpressionSyncLimit's maximum
SPACE = "wv"
VIEW = ViewId(SPACE, "W", "v1")


def install(emulator: Emulator) -> None:
    with emulator.client() as http:
        api = Api(http, DEFAULT_PROJECT)
        api.post("/models/spaces", items=[{"space": SPACE}])
        prop = {"type": {"type": "int64"}, "nullable": True}
        api.post("/models/containers", items=[{"space": SPACE, "externalId": "W", "properties": {"n": prop}}])
        container = {"space": SPACE, "externalId": "W", "type": "container"}
        view = {"container": container, "containerPropertyIdentifier": "n"}
        api.post(
            "/models/views", items=[{"space": SPACE, "externalId": "W", "version": "v1", "properties": {"n": view}}]
        )


def nodes(ids: list[int], n: int) -> list[NodeApply]:
    return [NodeApply(SPACE, f"n{i}", sources=[NodeOrEdgeData(VIEW, {"n": n})]) for i in ids]


@pytest.mark.slow
async def test_sync_sees_every_change_once_through_faults(async_client: Any, emulator: Emulator) -> None:
    global_config.max_retries = 30  # faults are frequent here; backoff waits are recorded, not slept
    install(emulator)
    dm = async_client.data_modeling.instances
    rng = random.Random(7)
    await dm.apply(nodes(list(range(FIRST_WAVE)), 0))

    on_sync = "POST /models/instances/sync"
    emulator.faults.fail(429, rate=0.08, times=None, on=on_sync, retry_after=0)
    emulator.faults.fail(503, rate=0.08, times=None, on=on_sync)
    emulator.faults.drop_connections(rate=0.05, times=None, on=on_sync)
    emulator.faults.drop_connections(rate=0.05, times=None, on=on_sync, after=True)  # handled, answer lost
    emulator.faults.fail(503, rate=0.05, times=None, on="POST /models/instances")  # writes retried too

    seen: dict[str, tuple[int, bool, Any]] = {}  # xid -> (version, deleted, n) of the latest change seen
    changes: dict[str, list[tuple[int, bool]]] = {}  # xid -> (version, deleted) of every change seen, in order
    writer_done = asyncio.Event()
    caught_up = asyncio.Event()
    empty_after_writer = 0
    results_during_writes = 0

    async def on_result(result: QueryResult) -> None:
        nonlocal empty_after_writer, results_during_writes
        page = result["all"]
        results_during_writes += not writer_done.is_set()
        for node in page:
            changes.setdefault(node.external_id, []).append((node.version, node.deleted_time is not None))
            props = node.properties.get(VIEW) or {}
            seen[node.external_id] = (node.version, node.deleted_time is not None, props.get("n"))
        # caught up: two empty pages in a row after the last write (the first may just end the backfill)
        empty_after_writer = empty_after_writer + 1 if writer_done.is_set() and not page else 0
        if empty_after_writer >= 2:
            caught_up.set()

    query = QuerySync(
        with_={"all": NodeResultSetExpressionSync(filter=SpaceFilter(SPACE), limit=SYNC_LIMIT)},
        select={"all": SelectSync([SourceSelector(VIEW, ["n"])])},
    )
    subscription = await dm.subscribe(query, on_result, poll_delay_seconds=0, throttle_seconds=0)

    live = set(range(FIRST_WAVE))
    deleted: set[int] = set()
    per_wave = (TOTAL - FIRST_WAVE) // WAVES
    for wave in range(1, WAVES + 1):
        start = FIRST_WAVE + (wave - 1) * per_wave
        created = list(range(start, start + per_wave))
        await dm.apply(nodes(created, wave))
        live.update(created)
        changed = rng.sample(sorted(live), CHANGES_PER_WAVE)
        await dm.apply(nodes(changed, 1000 + wave))
        gone = rng.sample(sorted(live), DELETES_PER_WAVE)
        await dm.delete(nodes=[(SPACE, f"n{i}") for i in gone])
        live.difference_update(gone)
        deleted.update(gone)
        await asyncio.sleep(0)  # let the subscription run between waves
    writer_done.set()
    assert results_during_writes > WAVES  # the sync ran between (and during) the waves, not only after them
    await asyncio.wait_for(caught_up.wait(), timeout=300)
    subscription.cancel()

    final = {n.external_id: n for n in await dm.list(limit=None, space=SPACE, sources=VIEW)}
    assert len(final) == len(live) and len(live) + len(deleted) == TOTAL
    assert set(seen) == {f"n{i}" for i in range(TOTAL)}  # nothing lost
    for xid, node in final.items():
        assert seen[xid] == (node.version, False, node.properties[VIEW]["n"]), xid
    assert all(seen[f"n{i}"][1] for i in deleted)  # every delete came back as a tombstone
    # no change served twice, none out of order (a tombstone keeps the version of the instance it deleted)
    repeated = {x: c for x, c in changes.items() if len(c) != len(set(c)) or c != sorted(c)}
    assert repeated == {}
    assert sum(map(len, changes.values())) <= TOTAL + WAVES * (CHANGES_PER_WAVE + DELETES_PER_WAVE)  # no extras
    fired = [(r.method, r.path, r.status, r.drop, r.fired) for r in emulator.faults.rules]
    assert all(rule[-1] > 0 for rule in fired), fired  # every kind of fault was met
