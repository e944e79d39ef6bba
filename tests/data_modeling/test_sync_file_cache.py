"""``instances.sync_with_file_cache``: a sync session backed up to a CDF file, against the emulator (async client)."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from cognite.client.data_classes import SecurityCategory
from cognite.client.data_classes.data_modeling import NodeApply, NodeId, NodeOrEdgeData
from cognite.client.data_classes.data_modeling.query import NodeResultSetExpressionSync, QuerySync, SelectSync
from cognite.emulator import Emulator
from tests.data_modeling.test_query_api import IN_SP, PUMP, graph, pump_sync  # noqa: F401 (graph: autouse fixture)

FILE = "pump-sync-cache"


async def category(async_client: Any) -> int:
    return (await async_client.iam.security_categories.create(SecurityCategory(name="sync-cache"))).id


def pumps(session: Any) -> list[str]:
    return sorted(n.external_id for n in session.get_nodes("pumps"))


async def test_backfill_backup_restore_and_changes(async_client: Any, emulator: Emulator) -> None:
    dm, cat = async_client.data_modeling.instances, await category(async_client)
    session = await dm.sync_with_file_cache(
        pump_sync(limit=2), file_external_id=FILE, security_category=cat, backup_every=None, backup_on_exit=True
    )
    async with session:
        await session.sync_until_live()  # 5 pumps in batches of 2
        assert pumps(session) == ["p0", "p1", "p2", "p3", "p4"]
        assert session.get_nodes("pumps")[0].properties[PUMP]["tag"].startswith("t")
    meta = await async_client.files.retrieve(external_id=FILE)
    assert meta.security_categories == [cat] and meta.mime_type == "application/json"
    backup = json.loads(await async_client.files.download_bytes(external_id=FILE))
    assert sorted(i["externalId"] for i in backup["instances"]["pumps"]) == pumps(session)

    # changes while no session runs: a new pump, a deleted one, an updated one
    await dm.apply([NodeApply("sp", "p9", sources=[NodeOrEdgeData(PUMP, {"tag": "t9"})])])
    await dm.delete(NodeId("sp", "p0"))
    await dm.apply([NodeApply("sp", "p4", sources=[NodeOrEdgeData(PUMP, {"tag": "changed"})])])
    before = len(emulator.requests.find("POST", "/models/instances/sync"))
    resumed = await dm.sync_with_file_cache(
        pump_sync(limit=2), file_external_id=FILE, security_category=cat, backup_every=None
    )
    async with resumed:
        assert pumps(resumed) == ["p0", "p1", "p2", "p3", "p4"]  # restored from the file, nothing synced yet
        await resumed.sync_until_live()
        assert pumps(resumed) == ["p1", "p2", "p3", "p4", "p9"]
        p4 = [n for n in resumed.get_nodes("pumps") if n.external_id == "p4"][0]
        assert p4.properties[PUMP]["tag"] == "changed"
    # resumed from the saved cursors: only the three changes came back (one batch of 2, one of 1)
    assert len(emulator.requests.find("POST", "/models/instances/sync")) - before == 2


async def test_another_query_ignores_the_backup_and_invalidate_starts_over(async_client: Any) -> None:
    dm, cat = async_client.data_modeling.instances, await category(async_client)
    first = await dm.sync_with_file_cache(pump_sync(limit=10), file_external_id=FILE, security_category=cat)
    async with first:
        await first.sync_until_live()
        await first.invalidate()  # backs up the empty state
        assert pumps(first) == []
        await first.sync_until_live()
        assert len(pumps(first)) == 5
    other = QuerySync(
        with_={"pumps": NodeResultSetExpressionSync(filter=IN_SP, limit=3)},
        select={"pumps": SelectSync()},
    )
    second = await dm.sync_with_file_cache(other, file_external_id=FILE, security_category=cat)
    async with second:
        assert pumps(second) == []  # the file holds another query's state
        await second.sync_until_live()
        assert len(pumps(second)) == 5
        with pytest.raises(KeyError, match="not a result set"):
            second.get_nodes("nope")
        with pytest.raises(TypeError, match="get_nodes"):
            second.get_edges("pumps")


async def test_periodic_backup_after_a_sync(async_client: Any, emulator: Emulator) -> None:
    dm, cat = async_client.data_modeling.instances, await category(async_client)
    session = await dm.sync_with_file_cache(
        pump_sync(limit=10), file_external_id=FILE, security_category=cat, backup_every=timedelta(minutes=1)
    )
    async with session:
        await session.sync()
        assert not emulator.requests.find("POST", "/files")  # not a minute yet
        session._last_backup -= 61
        await session.sync()
    assert len(emulator.requests.find("POST", "/files")) == 1  # no backup on exit (backup_on_exit=False)


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"query": "q"}, TypeError),
        ({"security_category": "1"}, TypeError),
        ({"security_category": 999999}, ValueError),
        ({"backup_every": timedelta(seconds=30)}, ValueError),
        ({"file_external_id": ""}, TypeError),
    ],
)
async def test_bad_arguments_are_refused(async_client: Any, change: dict[str, Any], error: type) -> None:
    kwargs: dict[str, Any] = {"query": pump_sync(), "file_external_id": FILE, "security_category": 0}
    kwargs["security_category"] = await category(async_client)
    kwargs.update(change)
    with pytest.raises(error):
        await async_client.data_modeling.instances.sync_with_file_cache(**kwargs)


async def test_a_set_without_limit_or_a_query_with_cursors_is_refused(async_client: Any) -> None:
    dm, cat = async_client.data_modeling.instances, await category(async_client)
    unlimited = QuerySync(with_={"pumps": NodeResultSetExpressionSync(filter=IN_SP)}, select={"pumps": SelectSync()})
    with pytest.raises(ValueError, match="explicit limit"):
        await dm.sync_with_file_cache(unlimited, file_external_id=FILE, security_category=cat)
    with_cursor = pump_sync()
    with_cursor.cursors = {"pumps": "abc"}
    with pytest.raises(ValueError, match="cursors"):
        await dm.sync_with_file_cache(with_cursor, file_external_id=FILE, security_category=cat)


async def test_plain_with_is_refused(async_client: Any) -> None:
    session = await async_client.data_modeling.instances.sync_with_file_cache(
        pump_sync(), file_external_id=FILE, security_category=await category(async_client)
    )
    with pytest.raises(TypeError, match="async with"), session:
        pass
