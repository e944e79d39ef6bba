"""The emulator's `POST /models/instances/sync` over HTTP: the change log read through cursors (backfill, then
changes; deletes as tombstones, once), the sync modes, backfillSort, chained sets, retries with the same cursor,
cursor expiry, tombstone retention, persistence, and exactness while writes and deletes interleave with paging."""

from __future__ import annotations

import random
from typing import Any

import pytest

from cognite.emulator import Emulator
from cognite.emulator.dms.sync import CURSOR_TTL_MS
from cognite.emulator.dms.sync_log import TOMBSTONE_RETENTION_MS
from cognite.emulator.validation import spec_available
from tests.emulator.conftest import Api
from tests.emulator.dms_fixtures import PUMP, SPACE, install_schema
from tests.emulator.test_dms_instances import edge, node

SYNC = "/models/instances/sync"
INSTANCES = "/models/instances"
FLOW = [SPACE, "Pump/v1", "flow"]


@pytest.fixture
def dms(api: Api) -> Api:
    install_schema(api)
    return api


def body(sets: dict[str, Any] | None = None, cursors: dict[str, str] | None = None, **extra: Any) -> dict[str, Any]:
    sets = sets if sets is not None else {"n": {"nodes": {}, "limit": 2}}
    out: dict[str, Any] = {"with": sets, "select": {name: {} for name in sets}, **extra}
    if cursors:
        out["cursors"] = cursors
    return out


def page(api: Api, b: dict[str, Any], name: str = "n") -> tuple[list[dict[str, Any]], dict[str, str]]:
    reply = api.post(SYNC, b)
    assert set(reply["nextCursor"]) == set(b["with"])  # sync always answers a cursor per set
    return reply["items"][name], reply["nextCursor"]


def drain(api: Api, b: dict[str, Any], name: str = "n") -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Follow the cursor until a page comes back empty."""
    out: list[dict[str, Any]] = []
    while True:
        items, cursors = page(api, b, name)
        out += items
        b = {**b, "cursors": cursors}
        if not items:
            return out, cursors


def delete(api: Api, *xids: str) -> None:
    api.post(INSTANCES + "/delete", items=[{"instanceType": "node", "space": SPACE, "externalId": x} for x in xids])


def test_one_phase_backfills_then_serves_changes_and_tombstones_once(dms: Api) -> None:
    dms.post(INSTANCES, items=[node(f"p{i}", flow=float(i)) for i in range(5)])
    first, cursors = drain(dms, body())
    assert [i["externalId"] for i in first] == [f"p{i}" for i in range(5)]
    dms.post(INSTANCES, items=[node("p1", flow=10.0), node("p9")])
    delete(dms, "p3")
    changes, cursors = drain(dms, body(cursors=cursors))
    assert [(i["externalId"], i["version"], "deletedTime" in i) for i in changes] == [
        ("p1", 2, False),
        ("p9", 1, False),
        ("p3", 1, True),
    ]
    gone = changes[2]
    assert gone["properties"] == {} and gone["deletedTime"] >= gone["createdTime"]
    assert drain(dms, body(cursors=cursors))[0] == []  # nothing is served twice
    dms.post(INSTANCES, items=[node("p1", flow=10.0)])  # an unchanged re-apply is no change
    assert drain(dms, body(cursors=cursors))[0] == []


def test_same_cursor_gives_the_same_page(dms: Api) -> None:
    dms.post(INSTANCES, items=[node(f"p{i}") for i in range(5)])
    _, cursors = page(dms, body())
    again = body(cursors=cursors)
    assert dms.post(SYNC, again)["items"] == dms.post(SYNC, again)["items"]


def test_debug_without_results_keeps_the_cursor(dms: Api) -> None:
    dms.post(INSTANCES, items=[node("a"), node("b")])
    quiet = dms.post(SYNC, body(debug={"emitResults": False}))
    assert quiet["items"] == {"n": []} and quiet["debug"] == {"notices": []}
    items, _ = drain(dms, body(cursors=quiet["nextCursor"]))
    assert [i["externalId"] for i in items] == ["a", "b"]  # nothing was skipped


def test_deletes_before_the_sync_began_are_skipped_unless_asked(dms: Api) -> None:
    dms.post(INSTANCES, items=[node("a"), node("b")])
    delete(dms, "a")
    skipped, _ = drain(dms, body())
    assert [(i["externalId"], "deletedTime" in i) for i in skipped] == [("b", False)]
    sets = {"n": {"nodes": {}, "skipAlreadyDeleted": False}}
    shown, _ = drain(dms, body(sets))
    assert [(i["externalId"], "deletedTime" in i) for i in shown] == [("b", False), ("a", True)]  # log order


def test_filters_apply_to_changes_and_tombstones(dms: Api) -> None:
    dms.post(INSTANCES, items=[node("small", flow=1.0), node("big", flow=9.0)])
    sets = {"n": {"nodes": {"filter": {"range": {"property": FLOW, "gte": {"parameter": "lo"}}}}}}
    first, cursors = drain(dms, body(sets, parameters={"lo": 5}))
    assert [i["externalId"] for i in first] == ["big"]
    delete(dms, "small", "big")
    changes, _ = drain(dms, body(sets, cursors, parameters={"lo": 5}))
    assert [(i["externalId"], "deletedTime" in i) for i in changes] == [("big", True)]


def test_two_phase_backfill_neither_loses_nor_repeats_changes_made_during_it(dms: Api) -> None:
    dms.post(INSTANCES, items=[node(f"p{i}", flow=float(i)) for i in range(6)])
    sets = {"n": {"nodes": {}, "mode": "twoPhase", "limit": 2}}
    seen, cursors = page(dms, body(sets))
    assert [i["externalId"] for i in seen] == ["p0", "p1"]
    dms.post(INSTANCES, items=[node("p0", flow=100.0), node("p4", flow=40.0), node("new")])  # during the backfill
    delete(dms, "p5")
    backfill: list[dict[str, Any]] = list(seen)
    while True:  # the backfill ends with a page shorter than the limit
        items, cursors = page(dms, body(sets, cursors))
        backfill += items
        if len(items) < 2:
            break
    assert [i["externalId"] for i in backfill] == ["p0", "p1", "p2", "p3"]  # only instances unchanged since start
    stream, _ = drain(dms, body(sets, cursors))
    assert [(i["externalId"], i["version"], "deletedTime" in i) for i in stream] == [
        ("p0", 2, False),
        ("p4", 2, False),
        ("new", 1, False),
        ("p5", 1, True),
    ]


def test_two_phase_backfill_sort(dms: Api) -> None:
    dms.post(INSTANCES, items=[node(f"p{i}", flow=float(-i)) for i in range(5)])
    sets = {"n": {"nodes": {}, "mode": "twoPhase", "limit": 2, "backfillSort": [{"property": FLOW}]}}
    items, cursors = page(dms, body(sets))
    dms.post(INSTANCES, items=[node("p2", flow=50.0)])  # changed after the start: left to the streaming phase
    backfill, cursors = drain(dms, body(sets, cursors))  # ends with the empty page that closes the backfill
    stream, _ = drain(dms, body(sets, cursors))
    rest = backfill + stream
    assert [i["externalId"] for i in items + rest] == ["p4", "p3", "p1", "p0", "p2"]
    assert [i["version"] for i in items + rest][-1] == 2


def test_no_backfill_serves_only_later_changes(dms: Api) -> None:
    dms.post(INSTANCES, items=[node("old")])
    sets = {"n": {"nodes": {}, "mode": "noBackfill"}}
    items, cursors = page(dms, body(sets))
    assert items == []
    dms.post(INSTANCES, items=[node("later")])
    assert [i["externalId"] for i in drain(dms, body(sets, cursors))[0]] == ["later"]


def test_chained_edges_follow_their_start_nodes(dms: Api) -> None:
    dms.post(INSTANCES, items=[node("a", flow=9.0), node("b", flow=1.0), node("c", flow=9.0)])
    dms.post(INSTANCES, items=[edge("ab", "a", "b"), edge("bc", "b", "c"), edge("ca", "c", "a")])
    sets = {
        "n": {"nodes": {"filter": {"range": {"property": FLOW, "gt": 5}}}},
        "out": {"edges": {"from": "n", "maxDistance": 1}},
        "ends": {"nodes": {"from": "out"}},
    }
    reply = dms.post(SYNC, body(sets))
    assert sorted(i["externalId"] for i in reply["items"]["out"]) == ["ab", "ca"]
    assert sorted(i["externalId"] for i in reply["items"]["ends"]) == ["a", "b"]
    delete(dms, "b")  # its edges go with it
    later = dms.post(SYNC, body(sets, reply["nextCursor"]))
    assert [(i["externalId"], "deletedTime" in i) for i in later["items"]["out"]] == [("ab", True)]
    assert [(i["externalId"], "deletedTime" in i) for i in later["items"]["ends"]] == [("b", True)]


def test_cursor_expires_after_three_days(emu: Emulator, dms: Api) -> None:
    dms.post(INSTANCES, items=[node("a")])
    _, cursors = drain(dms, body())
    emu.resource("dms_instances").clock_offset_ms = CURSOR_TTL_MS + 1000
    error = dms.post(SYNC, body(cursors=cursors), expect=400)["error"]
    assert "expired" in error["message"] and "allowExpiredCursorsAndAcceptMissedDeletes" in error["message"]
    dms.post(SYNC, body(cursors=cursors, allowExpiredCursorsAndAcceptMissedDeletes=True))


def test_tombstones_are_kept_for_the_retention_period(emu: Emulator, dms: Api) -> None:
    dms.post(INSTANCES, items=[node("a"), node("b")])
    delete(dms, "a")
    svc = emu.resource("dms_instances")
    log = svc.changes
    assert set(log.tombstones) == {(SPACE, "a")}
    svc.clock_offset_ms = TOMBSTONE_RETENTION_MS + 1000
    delete(dms, "b")  # deletes prune what is past retention
    assert set(log.tombstones) == {(SPACE, "b")}
    assert (SPACE, "a") not in log.seq_of


def test_persistence_round_trip() -> None:
    first = Emulator(seed=3, projects=["p"])
    with first.client() as http:
        api = Api(http, "p")
        install_schema(api)
        api.post(INSTANCES, items=[node("a"), node("b")])
        _, cursors = drain(api, body())
        delete(api, "a")
        state = first.resource("dms_instances", "p").dump()
    second = Emulator(seed=3, projects=["p"])
    with second.client() as http:
        api = Api(http, "p")
        install_schema(api)
        second.resource("dms_instances", "p").load(state)
        changes, _ = drain(api, body(cursors=cursors))
        assert [(i["externalId"], "deletedTime" in i) for i in changes] == [("a", True)]
        api.post(INSTANCES, items=[node("c")])
        assert [i["externalId"] for i in drain(api, body(cursors=cursors))[0]] == ["a", "c"]


@pytest.mark.parametrize(
    ("sets", "needle"),
    [
        ({"n": {"nodes": {}, "mode": "sometimes"}}, "mode"),
        ({"n": {"nodes": {}, "backfillSort": [{"property": FLOW}]}}, "backfillSort"),
        ({"n": {"nodes": {}, "limit": 2001}}, "limit"),
        ({"n": {"union": ["m"]}, "m": {"nodes": {}}}, "exactly one"),
        ({"n": {"nodes": {"from": "n"}}}, "cycle"),
    ],
)
def test_bad_syncs_are_400s(dms: Api, sets: dict[str, Any], needle: str) -> None:
    assert needle in dms.post(SYNC, body(sets), expect=400)["error"]["message"]
    sorted_select = {"with": {"n": {"nodes": {}}}, "select": {"n": {"sort": [{"property": FLOW}]}}}
    assert "sort" in dms.post(SYNC, sorted_select, expect=400)["error"]["message"]


@pytest.mark.parametrize("mode", ["onePhase", "twoPhase"])
def test_exact_under_interleaved_writes_and_deletes(dms: Api, mode: str) -> None:
    """Writes and deletes between pages: a replica built from the pages equals the store, and no version of an
    instance (nor a delete) is served twice."""
    rng = random.Random(7)
    live: dict[str, int] = {}
    dms.post(INSTANCES, items=[node(f"p{i}", flow=0.0) for i in range(300)])
    replica: dict[str, int] = {}
    served: set[tuple[str, int, bool]] = set()
    b = body({"n": {"nodes": {}, "mode": mode, "limit": 37}})
    for round_no in range(60):
        items, cursors = page(dms, b)
        b = {**b, "cursors": cursors}
        for item in items:
            # versions go on after a delete and re-create, so no two changes look alike
            mark = (item["externalId"], item["version"], "deletedTime" in item)
            assert mark not in served, mark
            served.add(mark)
            if "deletedTime" in item:
                replica.pop(item["externalId"], None)
            else:
                assert replica.get(item["externalId"], 0) < item["version"]
                replica[item["externalId"]] = item["version"]
        if round_no < 45:
            xs = rng.sample(range(400), 12)
            dms.post(INSTANCES, items=[node(f"p{x}", flow=float(round_no)) for x in xs[:8]])
            delete(dms, *(f"p{x}" for x in xs[8:]))
    rest, _ = drain(dms, b)
    for item in rest:
        if "deletedTime" in item:
            replica.pop(item["externalId"], None)
        else:
            replica[item["externalId"]] = item["version"]
    store = dms.post(INSTANCES + "/list", limit=1000)["items"]
    live = {i["externalId"]: i["version"] for i in store}
    assert replica == live


@pytest.mark.skipif(not spec_available(), reason="the OpenAPI spec is missing (make fetch-spec)")
def test_sync_replies_match_spec(emu: Emulator, dms: Api) -> None:
    from cognite.emulator.validation import ResponseValidator

    dms.post(INSTANCES, items=[node("a"), node("b"), edge("ab", "a", "b")])
    emu.validator = ResponseValidator()
    sets = {"n": {"nodes": {}}, "e": {"edges": {"from": "n"}}}
    select = {"n": {"sources": [{"source": PUMP, "properties": ["*"]}]}, "e": {}}
    reply = dms.post(SYNC, {"with": sets, "select": select, "includeTyping": True})
    delete(dms, "a")
    dms.post(SYNC, {"with": sets, "select": select, "cursors": reply["nextCursor"]})
    assert emu.validator.violations == []


@pytest.mark.slow
def test_100k_in_waves_with_faults_every_change_once(emu: Emulator, dms: Api) -> None:
    """100k instances changed and deleted in waves while a sync loop follows the cursor through 429s, 503s and
    connections dropped after the reply was computed (retried with the same cursor): every change comes once,
    every delete as a tombstone, and the replica ends equal to the store."""
    import httpx

    rng = random.Random(11)
    for start in range(0, 100_000, 1000):
        dms.post(INSTANCES, items=[node(f"p{i}", flow=0.0) for i in range(start, start + 1000)])
    on = "POST /models/instances/sync"
    emu.faults.add(status=429, rate=0.1, on=on)
    emu.faults.add(status=503, rate=0.05, on=on)
    emu.faults.drop_connections(rate=0.05, times=None, on=on, after=True)
    b = body({"n": {"nodes": {}, "limit": 2000}})
    replica: dict[str, int] = {}
    tombstones = 0
    deleted: set[str] = set()
    pages = 0
    while True:
        try:
            r = dms.http.post(dms.prefix + SYNC, json=b)
        except httpx.RemoteProtocolError:
            continue  # the page was computed but never seen: the same cursor again
        if r.status_code in (429, 503):
            continue
        assert r.status_code == 200, r.text
        reply = r.json()
        b = {**b, "cursors": reply["nextCursor"]}
        for item in reply["items"]["n"]:
            xid = item["externalId"]
            if "deletedTime" in item:
                assert xid in replica or xid in deleted, xid  # a tombstone for something served (or gone before)
                replica.pop(xid, None)
                tombstones += 1
            else:
                assert replica.get(xid, 0) < item["version"], (xid, item["version"])
                replica[xid] = item["version"]
        pages += 1
        if pages % 5 == 0 and pages <= 150:  # a wave: 1000 updates, 500 deletes, 500 creates
            xs = rng.sample(range(100_000), 1500)
            dms.post(INSTANCES, items=[node(f"p{x}", flow=float(pages)) for x in xs[:1000]])
            gone = [f"p{x}" for x in xs[1000:]]
            delete(dms, *gone)
            deleted.update(gone)
            dms.post(INSTANCES, items=[node(f"new{pages}-{i}") for i in range(500)])
        if not reply["items"]["n"] and pages > 150:
            break
    live = {i["externalId"]: i["version"] for i in _list_all(dms)}
    assert replica == live
    assert tombstones > 0


def _list_all(api: Api) -> list[dict[str, Any]]:
    return api.list_all(INSTANCES + "/list", {"limit": 1000})


def test_a_deleted_nodes_edges_come_as_tombstones_after_it(dms: Api) -> None:
    """The edges attached to a deleted node are deleted with it (found through the edge index, kept on re-point)."""
    dms.post(INSTANCES, items=[node("a"), node("b"), node("c"), edge("ab", "a", "b"), edge("bc", "b", "c")])
    dms.post(INSTANCES, items=[edge("ab", "a", "c")])  # re-pointed: no longer attached to b
    sets = {"n": {"nodes": {}}, "e": {"edges": {}}}
    reply = dms.post(SYNC, body(sets))
    delete(dms, "b")
    later = dms.post(SYNC, body(sets, reply["nextCursor"]))
    assert [(i["externalId"], "deletedTime" in i) for i in later["items"]["n"]] == [("b", True)]
    assert [(i["externalId"], "deletedTime" in i) for i in later["items"]["e"]] == [("bc", True)]
    delete(dms, "c")
    last = dms.post(SYNC, body(sets, later["nextCursor"]))
    assert [i["externalId"] for i in last["items"]["e"]] == ["ab"]


@pytest.mark.parametrize("mode", ["onePhase", "twoPhase"])
def test_chained_set_sees_members_joining_through_their_parent(dms: Api, mode: str) -> None:
    """A node joins a chained set when its parent starts to match (the node itself unchanged), once."""
    dms.post(INSTANCES, items=[node(x, flow=f) for x, f in (("a", 9.0), ("b", 1.0), ("x", 0.0), ("y", 0.0))])
    dms.post(INSTANCES, items=[edge("ax", "a", "x"), edge("by", "b", "y")])
    sets = {
        "n": {"nodes": {"filter": {"range": {"property": FLOW, "gt": 5}}}, "mode": mode, "limit": 1},
        "out": {"edges": {"from": "n", "maxDistance": 1}, "mode": mode, "limit": 1},
        "ends": {"nodes": {"from": "out"}, "mode": mode, "limit": 1},
    }
    seen: dict[str, list[str]] = {"n": [], "out": [], "ends": []}
    b = body(sets)
    for _ in range(6):
        reply = dms.post(SYNC, b)
        b = {**b, "cursors": reply["nextCursor"]}
        for name in seen:
            seen[name] += [i["externalId"] for i in reply["items"][name]]
    assert seen == {"n": ["a"], "out": ["ax"], "ends": ["x"]}
    dms.post(INSTANCES, items=[node("b", flow=7.0)])  # b starts to match: its edge and end node join
    for _ in range(4):
        reply = dms.post(SYNC, b)
        b = {**b, "cursors": reply["nextCursor"]}
        for name in seen:
            seen[name] += [i["externalId"] for i in reply["items"][name]]
    assert seen == {"n": ["a", "b"], "out": ["ax", "by"], "ends": ["x", "y"]}
