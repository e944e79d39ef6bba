"""Datapoint subscriptions through the SDK against the emulator: definitions, members (list or filter, kept up to
date as series change), and iterate_data reporting every datapoint change exactly once."""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

import pytest

from cognite.client import AsyncCogniteClient
from cognite.client.data_classes import (
    DataPointSubscriptionUpdate,
    DataPointSubscriptionWrite,
    TimeSeriesUpdate,
    TimeSeriesWrite,
)
from cognite.client.data_classes import filters as flt
from cognite.client.data_classes.datapoints_subscriptions import DatapointSubscriptionProperty
from cognite.client.exceptions import CogniteAPIError


async def _series(client: AsyncCogniteClient, *xids: str, **fields: Any) -> None:
    await client.time_series.create([TimeSeriesWrite(external_id=x, **fields) for x in xids])


async def _drain_changes(client: AsyncCogniteClient, xid: str, partition: int = 0, cursor: str | None = None) -> Any:
    """Every change until the stream has nothing more: (changes, the last cursor)."""
    seen: list[tuple[str, Any]] = []
    async for batch in client.time_series.subscriptions.iterate_data(
        xid, partition=partition, poll_timeout=0, cursor=cursor, limit=3
    ):
        for ts in batch.subscription_changes.added:
            seen.append(("added", ts.external_id))
        for ts in batch.subscription_changes.removed:
            seen.append(("removed", ts.external_id))
        for upd in batch.updates:
            if len(upd.upserts):
                seen.append(("upsert", (upd.time_series.external_id, tuple(upd.upserts.timestamp))))
            for d in upd.deletes:
                seen.append(("delete", (upd.time_series.external_id, d.inclusive_begin, d.exclusive_end)))
        cursor = batch.cursor
        if not batch.has_next:
            return seen, cursor
    raise AssertionError("unreachable")


async def test_crud_and_members(async_client: AsyncCogniteClient) -> None:
    subs = async_client.time_series.subscriptions
    await _series(async_client, "a", "b")
    created = await subs.create(
        DataPointSubscriptionWrite("s", partition_count=2, time_series_ids=["a", "not-yet"], name="S")
    )
    assert (created.external_id, created.partition_count, created.time_series_count) == ("s", 2, 1)
    members = await subs.list_member_time_series("s")
    assert sorted(m.external_id for m in members) == ["a", "not-yet"]
    assert {m.external_id: m.is_resolved for m in members} == {"a": True, "not-yet": False}

    updated = await subs.update(DataPointSubscriptionUpdate("s").name.set("New").time_series_ids.add(["b"]))
    assert (updated.name, updated.time_series_count) == ("New", 2)
    await _series(async_client, "not-yet")  # the external id now names a series: it joins
    retrieved = await subs.retrieve("s")
    assert retrieved is not None and retrieved.time_series_count == 3
    assert [s.external_id for s in await subs.list()] == ["s"]
    assert [s.external_id async for s in subs()] == ["s"]

    await subs.delete("s")
    assert await subs.retrieve("s") is None
    await subs.delete("s", ignore_unknown_ids=True)
    with pytest.raises(CogniteAPIError):
        await subs.delete("s")


async def test_bad_input_before_any_request(async_client: AsyncCogniteClient) -> None:
    with pytest.raises(ValueError, match="Exactly one"):
        DataPointSubscriptionWrite("s", partition_count=1)
    with pytest.raises(ValueError, match="Exactly one"):
        DataPointSubscriptionWrite("s", 1, time_series_ids=["a"], filter=flt.Equals("isStep", True))
    with pytest.raises(TypeError):
        await async_client.time_series.subscriptions.retrieve(123)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="poll_timeout"):
        async for _ in async_client.time_series.subscriptions.iterate_data("s", poll_timeout=-1):
            pass


async def test_emulator_validates_like_cdf(async_client: AsyncCogniteClient) -> None:
    subs = async_client.time_series.subscriptions
    with pytest.raises(CogniteAPIError, match="partitionCount"):
        await subs.create(DataPointSubscriptionWrite("s", partition_count=101, time_series_ids=["a"]))
    await subs.create(DataPointSubscriptionWrite("s", partition_count=1, time_series_ids=["a"]))
    with pytest.raises(CogniteAPIError, match="filter"):
        await subs.update(DataPointSubscriptionUpdate("s").filter.set(flt.Equals("isStep", True)))
    with pytest.raises(CogniteAPIError, match="Partition index"):
        async for _ in subs.iterate_data("s", partition=1, poll_timeout=0):
            pass
    with pytest.raises(CogniteAPIError, match="Invalid cursor"):
        async for _ in subs.iterate_data("s", cursor="garbage", poll_timeout=0):
            pass


async def test_filter_members_follow_series_changes(async_client: AsyncCogniteClient) -> None:
    subs = async_client.time_series.subscriptions
    await _series(async_client, "step1", is_step=True)
    await _series(async_client, "plain")
    is_step = flt.And(
        flt.Equals(DatapointSubscriptionProperty.is_string, False),
        flt.Equals(DatapointSubscriptionProperty.is_step, True),
    )
    sub = await subs.create(DataPointSubscriptionWrite("f", partition_count=1, filter=is_step))
    assert sub.time_series_count == 1 and sub.filter == is_step
    await _series(async_client, "step2", is_step=True)  # created matching: joins
    await async_client.time_series.update(TimeSeriesUpdate(external_id="step1").is_step.set(False))  # leaves
    await async_client.time_series.delete(external_id="step2")  # deleted: leaves
    members = await subs.list_member_time_series("f")
    assert list(members) == []
    seen, _ = await _drain_changes(async_client, "f")
    assert seen == [("added", "step1"), ("added", "step2"), ("removed", "step1"), ("removed", "step2")]


async def test_cursor_resumes_and_initialize_now(async_client: AsyncCogniteClient) -> None:
    subs = async_client.time_series.subscriptions
    await _series(async_client, "a")
    await subs.create(DataPointSubscriptionWrite("s", partition_count=1, time_series_ids=["a"]))
    await async_client.time_series.data.insert([(1, 1.0)], external_id="a")
    first, cursor = await _drain_changes(async_client, "s")
    assert first == [("added", "a"), ("upsert", ("a", (1,)))]
    await async_client.time_series.data.insert([(2, 2.0)], external_id="a")
    again, _ = await _drain_changes(async_client, "s", cursor=cursor)
    assert again == [("upsert", ("a", (2,)))]
    batches = [b async for b in _first(subs.iterate_data("s", start="now", poll_timeout=0))]
    assert batches[0].updates == [] and not batches[0].has_next


async def _first(iterator: Any) -> Any:
    async for item in iterator:
        yield item
        return


async def test_status_codes_and_bad_points(async_client: AsyncCogniteClient) -> None:
    subs = async_client.time_series.subscriptions
    await _series(async_client, "a")
    await subs.create(DataPointSubscriptionWrite("s", partition_count=1, time_series_ids=["a"]))
    await async_client.time_series.data.insert(
        [{"timestamp": 1, "value": 1.0}, {"timestamp": 2, "value": 2.0, "status": {"code": 2147483648}}],
        external_id="a",
    )
    good = [b async for b in _first(subs.iterate_data("s", poll_timeout=0))][0]
    assert good.updates[0].upserts.timestamp == [1]
    everything = [
        b
        async for b in _first(subs.iterate_data("s", poll_timeout=0, include_status=True, ignore_bad_datapoints=False))
    ][0]
    assert everything.updates[0].upserts.timestamp == [1, 2]
    assert everything.updates[0].upserts.status_code == [0, 2147483648]


async def test_every_change_seen_once_while_writing_in_waves(async_client: AsyncCogniteClient) -> None:
    """A writer inserts and deletes in waves while readers (one per partition) iterate the stream concurrently:
    each reader sees exactly the changes of its partition's series, each once."""
    subs = async_client.time_series.subscriptions
    xids = [f"ts{i}" for i in range(6)]
    await _series(async_client, *xids)
    await subs.create(DataPointSubscriptionWrite("waves", partition_count=3, time_series_ids=xids))
    expected: Counter[tuple[str, Any]] = Counter(("added", x) for x in xids)
    done = asyncio.Event()

    async def writer() -> None:
        for wave in range(8):
            for n, xid in enumerate(xids):
                stamps = tuple(range(wave * 100 + n, wave * 100 + n + 5))
                await async_client.time_series.data.insert([(t, float(t)) for t in stamps], external_id=xid)
                expected[("upsert", (xid, stamps))] += 1
            victim = xids[wave % len(xids)]
            await async_client.time_series.data.delete_range(wave * 100, wave * 100 + 3, external_id=victim)
            expected[("delete", (victim, wave * 100, wave * 100 + 3))] += 1
            await asyncio.sleep(0)
        done.set()

    async def reader(partition: int) -> Counter[tuple[str, Any]]:
        seen: Counter[tuple[str, Any]] = Counter()
        finished_writing = False
        async for batch in subs.iterate_data("waves", partition=partition, poll_timeout=0, limit=7):
            for ts in batch.subscription_changes.added:
                seen[("added", ts.external_id)] += 1
            for upd in batch.updates:
                xid = upd.time_series.external_id
                if len(upd.upserts):
                    seen[("upsert", (xid, tuple(upd.upserts.timestamp)))] += 1
                for d in upd.deletes:
                    seen[("delete", (xid, d.inclusive_begin, d.exclusive_end))] += 1
            if finished_writing and not batch.has_next:
                return seen
            finished_writing = done.is_set()  # one more full read after the writer is done
            await asyncio.sleep(0)
        raise AssertionError("unreachable")

    results = await asyncio.gather(writer(), *(reader(p) for p in range(3)))
    seen_all: Counter[tuple[str, Any]] = Counter()
    for part in results[1:]:
        assert part is not None
        seen_all.update(part)
    assert seen_all == expected
    assert sum(expected.values()) == 6 + 8 * 6 + 8


def test_sync_client_iterates(sync_client: Any) -> None:
    sync_client.time_series.create(TimeSeriesWrite(external_id="a"))
    sync_client.time_series.subscriptions.create(
        DataPointSubscriptionWrite("s", partition_count=1, time_series_ids=["a"])
    )
    sync_client.time_series.data.insert([(10, 1.0)], external_id="a")
    for batch in sync_client.time_series.subscriptions.iterate_data("s", poll_timeout=0):
        assert [u.upserts.timestamp for u in batch.updates] == [[10]]
        assert [t.external_id for t in batch.subscription_changes.added] == ["a"]
        assert not batch.has_next
        break
