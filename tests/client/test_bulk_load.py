"""`load_all` pauses the cyclic GC only while a large batch is built, and always restores it."""

from __future__ import annotations

import gc

import pytest

from cognite.client._mechanisms.bulk import BULK_MIN, load_all
from cognite.client.data_classes import Asset, AssetList


def test_large_batch_is_built_with_the_collector_paused_and_resumed() -> None:
    states: list[bool] = []
    out = load_all(lambda i: states.append(gc.isenabled()) or i * 2, list(range(BULK_MIN)))
    assert out == [i * 2 for i in range(BULK_MIN)]
    assert not any(states) and gc.isenabled()


def test_small_batches_and_iterators_leave_the_collector_alone() -> None:
    states: list[bool] = []
    load_all(lambda i: states.append(gc.isenabled()), list(range(BULK_MIN - 1)))
    load_all(lambda i: states.append(gc.isenabled()), iter(range(BULK_MIN)))
    assert all(states) and len(states) == 2 * BULK_MIN - 1


def test_collector_resumed_after_a_failing_load_and_left_off_when_it_was_off() -> None:
    def fail(i: int) -> int:
        if i == 10:
            raise ValueError("bad item")
        return i

    with pytest.raises(ValueError, match="bad item"):
        load_all(fail, list(range(BULK_MIN)))
    assert gc.isenabled()
    gc.disable()
    try:
        load_all(int, list(range(BULK_MIN)))
        assert not gc.isenabled()  # a caller that turned it off keeps it off
    finally:
        gc.enable()


def test_list_load_gives_the_same_objects() -> None:
    items = [{"id": i, "name": f"a{i}", "labels": [{"externalId": "L"}]} for i in range(BULK_MIN + 5)]
    loaded = AssetList._load(items)
    assert len(loaded) == len(items) and all(isinstance(a, Asset) for a in loaded)
    assert loaded[-1].dump() == items[-1] and loaded[0].labels[0].external_id == "L"  # type: ignore[index]


def test_large_json_bodies_are_parsed_with_the_collector_paused() -> None:
    import json

    from cognite.client._mechanisms.bulk import BULK_JSON_BYTES, parse_json

    body = json.dumps({"items": [{"m": {"k": "v"}, "i": i} for i in range(BULK_JSON_BYTES // 10)]}).encode()
    assert len(body) >= BULK_JSON_BYTES
    runs: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            runs.append(info["generation"])

    gc.callbacks.append(count)
    try:
        plain = json.loads(body)
        plain_runs, runs[:] = len(runs), []
        parsed = parse_json(body)
    finally:
        gc.callbacks.remove(count)
    assert parsed == plain and gc.isenabled()
    assert plain_runs > 0 and runs == []  # the plain parse collects; the paused one does not
    with pytest.raises(ValueError):
        parse_json(b"{" * BULK_JSON_BYTES)
    assert gc.isenabled()
    assert parse_json(b"[1]") == [1]


async def test_apply_of_a_large_batch_with_a_duplicate_is_refused_and_the_collector_resumed(async_client) -> None:
    from cognite.client.data_classes.data_modeling import NodeApply

    nodes = [NodeApply("sp", f"n{i}") for i in range(BULK_MIN)] + [NodeApply("sp", "n7")]
    with pytest.raises(ValueError, match=r"node \('sp', 'n7'\) is given more than once"):
        await async_client.data_modeling.instances.apply(nodes)
    assert gc.isenabled()
