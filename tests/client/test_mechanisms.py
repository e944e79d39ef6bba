"""Shared mechanisms (chunked CRUD with exact accounting, cursor lists, partitions, iteration, upsert), run through
a minimal APIClient over raw paths, with the sync and the async client."""

from __future__ import annotations

import pytest

from cognite.client import global_config
from cognite.client.exceptions import CogniteAPIError, CogniteNotFoundError


def _assets(n: int, prefix: str = "a") -> list[dict]:
    return [{"externalId": f"{prefix}{i}", "name": f"N{i}"} for i in range(n)]


async def _stored_xids(raw_assets, resolve) -> set[str]:
    return {a["externalId"] for a in await resolve(raw_assets.list(limit=None))}


async def test_create_2500_goes_out_as_three_requests(raw_assets, resolve, emulator):
    created = await resolve(raw_assets.create(_assets(2500)))
    assert [a["externalId"] for a in created] == [f"a{i}" for i in range(2500)]
    sizes = sorted(len(r.json()["items"]) for r in emulator.requests.find("POST", "/assets"))
    assert sizes == [500, 1000, 1000]


async def test_single_item_in_single_item_out(raw_assets, resolve):
    created = await resolve(raw_assets.create({"externalId": "one", "name": "One"}))
    assert created["externalId"] == "one" and isinstance(created["id"], int)


async def test_create_partial_failure_accounting_is_exact(raw_assets, resolve, emulator, sleeps):
    items = _assets(2500)
    emulator.faults.fail(400, times=1, on="POST /assets")  # the first chunk to arrive
    emulator.faults.fail(503, times=1, on="POST /assets")  # the second: not retried (create is not idempotent)
    with pytest.raises(CogniteAPIError) as err:
        await resolve(raw_assets.create(items))
    e = err.value
    statuses = [r.status for r in emulator.requests.find("POST", "/assets")]
    assert sorted(statuses) == sorted([400, 503, statuses[-1]]) and len(statuses) == 3 and sleeps == []
    assert e.code in (400, 503)
    xids = lambda lst: {a["externalId"] for a in lst}  # noqa: E731
    assert xids(e.successful) | xids(e.failed) | xids(e.unknown) == {a["externalId"] for a in items}
    assert len(e.successful) + len(e.failed) + len(e.unknown) == 2500 and e.skipped == []
    assert xids(e.successful).isdisjoint(xids(e.failed)) and xids(e.successful).isdisjoint(xids(e.unknown))
    # exactly what CDF stored is reported successful
    assert await _stored_xids(raw_assets, resolve) == xids(e.successful)
    assert {len(e.failed), len(e.unknown)} <= {500, 1000}


async def test_create_503_items_come_back_unknown(raw_assets, resolve, emulator):
    emulator.faults.fail(503, times=1, on="POST /assets")
    with pytest.raises(CogniteAPIError) as err:
        await resolve(raw_assets.create(_assets(3)))
    assert err.value.code == 503
    assert [a["externalId"] for a in err.value.unknown] == ["a0", "a1", "a2"]
    assert err.value.successful == err.value.failed == []
    assert len(emulator.requests.find("POST", "/assets")) == 1


async def test_retrieve_single_missing_is_none(raw_assets, resolve):
    await resolve(raw_assets.create(_assets(2)))
    assert (await resolve(raw_assets.retrieve(external_id="a1")))["name"] == "N1"
    assert await resolve(raw_assets.retrieve(external_id="missing")) is None


async def test_retrieve_multiple_missing_and_ignore_unknown_ids(raw_assets, resolve, emulator):
    await resolve(raw_assets.create(_assets(3)))
    ids = [{"externalId": "a0"}, {"externalId": "zz"}, {"externalId": "a2"}]
    with pytest.raises(CogniteNotFoundError) as err:
        await resolve(raw_assets.retrieve_multiple(ids))
    assert err.value.not_found == [{"externalId": "zz"}]
    found = await resolve(raw_assets.retrieve_multiple(ids, ignore_unknown_ids=True))
    assert [a["externalId"] for a in found] == ["a0", "a2"]
    assert emulator.requests.last.json()["ignoreUnknownIds"] is True


async def test_retrieve_fail_fast_skips_unsent_chunks(raw_assets, resolve, emulator):
    await resolve(raw_assets.create(_assets(2500)))
    global_config.concurrency_settings.general.read = 1  # one chunk at a time, so the rest is never sent
    emulator.faults.fail(400, times=1, on="POST /assets/byids")
    with pytest.raises(CogniteAPIError) as err:
        await resolve(raw_assets.retrieve_multiple([{"externalId": f"a{i}"} for i in range(2500)]))
    e = err.value
    assert len(emulator.requests.find("POST", "/assets/byids")) == 1
    assert len(e.failed) == 1000 and len(e.skipped) == 1500 and e.successful == e.unknown == []
    assert [i["externalId"] for i in e.failed + e.skipped] == [f"a{i}" for i in range(2500)]


async def test_list_limits_and_pages(raw_assets, resolve, emulator):
    await resolve(raw_assets.create(_assets(1600)))
    emulator.requests.clear()
    assert len(await resolve(raw_assets.list())) == 25
    assert emulator.requests.last.json()["limit"] == 25
    emulator.requests.clear()
    got = await resolve(raw_assets.list(limit=1500))
    assert len(got) == 1500
    bodies = [r.json() for r in emulator.requests.find("POST", "/assets/list")]
    assert [b["limit"] for b in bodies] == [1000, 500] and "cursor" in bodies[1]
    assert len(await resolve(raw_assets.list(limit=-1))) == 1600
    with pytest.raises(ValueError, match="limit"):
        await resolve(raw_assets.list(limit="ten"))


async def test_partitioned_list_returns_exactly_the_stored_set(raw_assets, resolve, emulator):
    created = await resolve(raw_assets.create(_assets(2345)))
    emulator.faults.short_pages(max_size=150)  # the cursor, not the page length, decides when to stop
    emulator.requests.clear()
    got = await resolve(raw_assets.list(limit=None, partitions=4))
    assert sorted(a["id"] for a in got) == sorted(a["id"] for a in created)
    parts = {r.json()["partition"] for r in emulator.requests.find("POST", "/assets/list")}
    assert parts == {"1/4", "2/4", "3/4", "4/4"}
    with pytest.raises(ValueError, match="partitions requires limit=None"):
        await resolve(raw_assets.list(limit=10, partitions=2))
    with pytest.raises(ValueError, match="partitions must be"):
        await resolve(raw_assets.list(limit=None, partitions=11))


async def test_iteration_in_chunks_and_items(raw_assets, resolve, drain):
    await resolve(raw_assets.create(_assets(2100)))
    chunks = await drain(raw_assets(chunk_size=1000))
    assert [len(c) for c in chunks] == [1000, 1000, 100]
    items = await drain(raw_assets(limit=30))
    assert len(items) == 30 and isinstance(items[0], dict)
    parts = await drain(raw_assets(chunk_size=700, partitions=3))
    assert sum(map(len, parts)) == 2100 and all(len(c) == 700 for c in parts)
    with pytest.raises(ValueError, match="chunk_size"):
        await drain(raw_assets(chunk_size=0))


async def test_update_and_delete(raw_assets, resolve, emulator):
    await resolve(raw_assets.create(_assets(3)))
    updated = await resolve(raw_assets.update([{"externalId": "a1", "update": {"name": {"set": "renamed"}}}]))
    assert updated[0]["name"] == "renamed"
    await resolve(raw_assets.delete([{"externalId": "a0"}]))
    assert await _stored_xids(raw_assets, resolve) == {"a1", "a2"}
    with pytest.raises(CogniteNotFoundError) as err:
        await resolve(raw_assets.delete([{"externalId": "a0"}]))
    assert err.value.failed == ["a0"]
    await resolve(raw_assets.delete([{"externalId": "a0"}, {"externalId": "a2"}], ignore_unknown_ids=True))
    assert await _stored_xids(raw_assets, resolve) == {"a1"}


async def test_upsert_updates_existing_and_creates_missing_in_input_order(raw_assets, resolve, emulator):
    await resolve(raw_assets.create(_assets(3)))
    items = [
        {"externalId": "new1", "name": "fresh"},
        {"externalId": "a1", "name": "updated"},
        {"externalId": "new2", "name": "fresh2"},
        {"externalId": "a0", "name": "updated0"},
    ]
    result = await resolve(raw_assets.upsert(items))
    assert [(a["externalId"], a["name"]) for a in result] == [(i["externalId"], i["name"]) for i in items]
    assert await _stored_xids(raw_assets, resolve) == {"a0", "a1", "a2", "new1", "new2"}
    assert emulator.requests.find("POST", "/assets")[-1].json()["items"] == [items[0], items[2]]


async def test_per_call_options_reach_every_request(raw_assets, resolve, emulator):
    await resolve(raw_assets.create(_assets(1500), cdf_version="20240101-beta"))
    assert {r.headers["cdf-version"] for r in emulator.requests.find("POST", "/assets")} == {"20240101-beta"}
    await resolve(raw_assets.list(limit=None, partitions=2, headers={"x-trace": "t1"}))
    assert {r.headers.get("x-trace") for r in emulator.requests.find("POST", "/assets/list")} == {"t1"}


async def test_every_api_method_takes_per_call_options(raw_assets, resolve, drain, emulator):
    import inspect

    await resolve(raw_assets.create(_assets(5)))
    api_cls = type(getattr(raw_assets, "_async_obj", raw_assets))  # the async class behind the sync wrapper
    params = inspect.signature(api_cls.first_page).parameters
    assert list(params) == ["self", "options"]  # declared as written, not rewritten
    await resolve(raw_assets.first_page(cdf_version="20240101-beta", headers={"x-call": "1"}))
    last = emulator.requests.last
    assert last.headers["cdf-version"] == "20240101-beta" and last.headers["x-call"] == "1"
    await resolve(raw_assets.first_page())
    assert (
        emulator.requests.last.headers["cdf-version"] == "20230101" and "x-call" not in emulator.requests.last.headers
    )
    items = await drain(raw_assets(limit=3, cdf_version="beta"))
    assert len(items) == 3 and emulator.requests.last.headers["cdf-version"] == "beta"
    with pytest.raises(ValueError, match="timeout"):
        await resolve(raw_assets.first_page(timeout=-1))
    with pytest.raises(TypeError, match="cdf_version"):
        await resolve(raw_assets.first_page(cdf_version=20240101))
    with pytest.raises(TypeError, match=r"unexpected keyword argument\(s\) \['cdf_versoin'\]; valid: cdf_version"):
        await resolve(raw_assets.first_page(cdf_versoin="beta"))
