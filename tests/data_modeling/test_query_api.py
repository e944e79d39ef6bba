"""``client.data_modeling.instances.query`` / ``.sync`` / ``.subscribe`` against the emulator, on the sync and the async
client, and the query data classes' wire round trip.

The graph: pumps p0..p4 (Pump/v1: tag, flow = i, parent direct relation: p1 -> p0, p2 -> p0, p3 -> p1) and Link
edges of type sp:flows p0 -> p1 -> p2 -> p3.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from cognite.client.data_classes import filters
from cognite.client.data_classes.data_modeling import (
    EdgeApply,
    EdgeListWithCursor,
    InstanceSort,
    NodeApply,
    NodeListWithCursor,
    NodeOrEdgeData,
    QueryResult,
    SubscriptionContext,
    ViewId,
)
from cognite.client.data_classes.data_modeling.query import (
    EdgeResultSetExpression,
    EdgeResultSetExpressionSync,
    Intersection,
    NodeResultSetExpression,
    NodeResultSetExpressionSync,
    Query,
    QuerySync,
    ResultSetExpression,
    ResultSetExpressionSync,
    Select,
    SelectSync,
    SourceSelector,
    Union,
    UnionAll,
)
from cognite.emulator import DEFAULT_PROJECT, Emulator
from tests.emulator.conftest import Api
from tests.emulator.dms_fixtures import install_schema

PUMP = ViewId("sp", "Pump", "v1")
LINK = ViewId("sp", "Link", "v1")
FLOWS = ("sp", "flows")
PARENTS = {"p1": "p0", "p2": "p0", "p3": "p1"}
IN_SP = filters.Equals(["node", "space"], "sp")


def xid_is(*xids: str) -> filters.Filter:
    return filters.In(["node", "externalId"], list(xids))


def xids(found: Any) -> list[str]:
    return [i.external_id for i in found]


@pytest.fixture(autouse=True)
def graph(emulator: Emulator) -> None:
    with emulator.client() as http:
        install_schema(Api(http, DEFAULT_PROJECT))
        api = Api(http, DEFAULT_PROJECT)
        nodes = [
            {
                "instanceType": "node",
                "space": "sp",
                "externalId": f"p{i}",
                "sources": [
                    {
                        "source": PUMP.dump(),
                        "properties": {
                            "tag": f"t{i}",
                            "flow": float(i),
                            **(
                                {"parent": {"space": "sp", "externalId": PARENTS[f"p{i}"]}}
                                if f"p{i}" in PARENTS
                                else {}
                            ),
                        },
                    }
                ],
            }
            for i in range(5)
        ]
        edges = [
            EdgeApply(
                "sp",
                f"e{i}",
                FLOWS,
                ("sp", f"p{i}"),
                ("sp", f"p{i + 1}"),
                sources=[NodeOrEdgeData(LINK, {"weight": float(i)})],
            ).dump()
            for i in range(3)
        ]
        api.post("/models/instances", items=nodes + edges)


def select_pump(*props: str) -> Select:
    return Select([SourceSelector(PUMP, list(props) or ["*"])])


# -- data classes ----------------------------------------------------------------------------------------------------
ROUND_TRIP = [
    NodeResultSetExpression(),
    NodeResultSetExpression(
        from_="a",
        filter=IN_SP,
        sort=[InstanceSort(PUMP.as_property_ref("flow"), "descending")],
        limit=5,
        through=PUMP.as_property_ref("parent"),
        direction="inwards",
        chain_to="source",
    ),
    EdgeResultSetExpression(
        from_="a",
        filter=IN_SP,
        limit=3,
        max_distance=2,
        node_filter=IN_SP,
        termination_filter=xid_is("p3"),
        limit_each=2,
        post_sort=[InstanceSort(["edge", "externalId"])],
        direction="inwards",
    ),
    Union(["a", Intersection(["b", "c"])], except_=["d"], limit=4),
    UnionAll(["a", "b"]),
]
ROUND_TRIP_SYNC = [
    NodeResultSetExpressionSync(from_="a", through=("sp", "Pump", "parent"), sync_mode="one_phase", limit=10),
    EdgeResultSetExpressionSync(
        from_="a", max_distance=1, skip_already_deleted=False, sync_mode="no_backfill", node_filter=IN_SP
    ),
    NodeResultSetExpressionSync(backfill_sort=[InstanceSort(["node", "externalId"])]),
]


@pytest.mark.parametrize("expr", ROUND_TRIP, ids=lambda e: type(e).__name__)
def test_query_expressions_round_trip(expr: ResultSetExpression) -> None:
    loaded = ResultSetExpression._load(expr.dump())
    assert type(loaded) is type(expr) and loaded == expr and loaded.dump() == expr.dump()
    assert ResultSetExpression._load(expr.dump(camel_case=False)).dump() == expr.dump()


@pytest.mark.parametrize("expr", ROUND_TRIP_SYNC, ids=lambda e: type(e).__name__)
def test_sync_expressions_round_trip(expr: ResultSetExpressionSync) -> None:
    loaded = ResultSetExpressionSync._load(expr.dump())
    assert type(loaded) is type(expr) and loaded.dump() == expr.dump()
    assert expr.dump()["mode"] in ("onePhase", "twoPhase", "noBackfill")


def test_query_round_trip_and_default_cursors() -> None:
    q = Query(
        with_={"a": NodeResultSetExpression(filter=IN_SP), "b": EdgeResultSetExpression(from_="a")},
        select={"a": select_pump("tag"), "b": Select(sort=[InstanceSort(["edge", "externalId"])], limit=2)},
        parameters={"x": 1},
    )
    assert q.cursors == {"a": None, "b": None}
    wire = q.dump()
    assert wire["with"]["b"] == {"edges": {"from": "a", "direction": "outwards", "chainTo": "destination"}}
    assert wire["select"]["a"]["sources"][0] == {"source": PUMP.dump(include_type=True), "properties": ["tag"]}
    assert Query.load(wire) == q and Query.load(wire).dump() == wire
    s = QuerySync(
        with_={"a": NodeResultSetExpressionSync()},
        select={"a": SelectSync([SourceSelector(PUMP, ["*"])])},
        allow_expired_cursors_and_accept_missed_deletes=True,
    )
    assert s.dump()["allowExpiredCursorsAndAcceptMissedDeletes"] is True
    assert QuerySync.load(s.dump()).dump() == s.dump()
    assert q.instance_type_by_result_expression() == {"a": NodeListWithCursor, "b": EdgeListWithCursor}


@pytest.mark.parametrize(
    "build",
    [
        lambda: Query(with_={"a": NodeResultSetExpression()}, select={"b": Select()}),
        lambda: NodeResultSetExpression(direction="up"),  # type: ignore[arg-type]
        lambda: NodeResultSetExpression(limit=0),
        lambda: NodeResultSetExpression(through=("sp", "Pump/v1/x", "parent")),
        lambda: NodeResultSetExpressionSync(sync_mode="twoPhase"),  # type: ignore[arg-type]
        lambda: Union("ab"),
        lambda: SourceSelector(PUMP, "tag"),  # type: ignore[arg-type]
    ],
)
def test_bad_data_classes_raise_on_construction(build: Any) -> None:
    with pytest.raises((TypeError, ValueError)):
        build()


# -- query -----------------------------------------------------------------------------------------------------------
async def test_chaining_through_direct_relations_both_directions(client: Any, resolve: Any) -> None:
    parent = PUMP.as_property_ref("parent")
    q = Query(
        with_={
            "leaf": NodeResultSetExpression(filter=xid_is("p3")),
            "up": NodeResultSetExpression(from_="leaf", through=parent, direction="outwards"),
            "up2": NodeResultSetExpression(from_="up", through=parent, direction="outwards"),
            "root": NodeResultSetExpression(filter=xid_is("p0")),
            "children": NodeResultSetExpression(from_="root", through=parent, direction="inwards"),
        },
        select={name: select_pump("tag") for name in ("leaf", "up", "up2", "children")},
    )
    res = await resolve(client.data_modeling.instances.query(q))
    assert isinstance(res, QueryResult) and set(res) >= {"leaf", "up", "up2", "children"}
    assert xids(res["up"]) == ["p1"] and xids(res["up2"]) == ["p0"]
    assert sorted(xids(res["children"])) == ["p1", "p2"]
    assert all(isinstance(v, NodeListWithCursor) for v in res.values())
    assert res["up"][0].properties[PUMP] == {"tag": "t1"}  # only the selected property


async def test_chaining_through_edges_both_directions(client: Any, resolve: Any) -> None:
    q = Query(
        with_={
            "start": NodeResultSetExpression(filter=xid_is("p1")),
            "out": EdgeResultSetExpression(from_="start", max_distance=1, direction="outwards"),
            "out_nodes": NodeResultSetExpression(from_="out"),
            "in": EdgeResultSetExpression(from_="start", max_distance=1, direction="inwards"),
            "in_nodes": NodeResultSetExpression(from_="in"),
            "in_sources": NodeResultSetExpression(from_="in", chain_to="source"),
            "far": EdgeResultSetExpression(
                from_="start",
                direction="outwards",
                filter=filters.Equals(["edge", "type"], {"space": "sp", "externalId": "flows"}),
            ),
        },
        select={k: Select() for k in ("out", "out_nodes", "in", "in_nodes", "in_sources", "far")},
    )
    res = await resolve(client.data_modeling.instances.query(q))
    assert isinstance(res["out"], EdgeListWithCursor) and xids(res["out"]) == ["e1"]
    assert res.get_edges("out")[0].end_node.external_id == "p2"
    assert xids(res["out_nodes"]) == ["p2"]
    assert xids(res["in"]) == ["e0"] and xids(res["in_nodes"]) == ["p0"]
    assert xids(res["in_sources"]) == ["p1"]  # chain_to="source" of an inwards edge: the start node itself
    assert sorted(xids(res["far"])) == ["e1", "e2"]  # no max_distance: every hop
    with pytest.raises(TypeError):
        res.get_nodes("out")


async def test_per_set_limits_and_cursors_page_to_completion(client: Any, resolve: Any) -> None:
    dm = client.data_modeling.instances
    q = Query(
        with_={"pumps": NodeResultSetExpression(filter=IN_SP, limit=2), "links": EdgeResultSetExpression(limit=1)},
        select={"pumps": Select(), "links": Select()},
    )
    pages: dict[str, list[list[str]]] = {"pumps": [], "links": []}
    done: set[str] = set()
    for _ in range(10):
        res = await resolve(dm.query(q))
        for name in set(pages) - done:  # a set whose cursor ran out would start again: its pages are not counted
            pages[name].append(xids(res[name]))
            if res[name].cursor is None:
                done.add(name)
        if done == set(pages):
            break
        q.cursors = res.cursors  # the official way: query() leaves the query object as it is
    pump_pages, link_pages = pages["pumps"], pages["links"]
    assert [len(p) for p in pump_pages] == [2, 2, 1]
    assert sorted(x for p in pump_pages for x in p) == ["p0", "p1", "p2", "p3", "p4"]
    assert [len(p) for p in link_pages] == [1, 1, 1] and sorted(x for p in link_pages for x in p) == ["e0", "e1", "e2"]


async def test_sort_and_select_sort_and_limit(client: Any, resolve: Any) -> None:
    flow = PUMP.as_property_ref("flow")
    q = Query(
        with_={
            "by_flow": NodeResultSetExpression(filter=IN_SP, sort=[InstanceSort(flow, "descending")], limit=3),
            "all": NodeResultSetExpression(filter=IN_SP),
        },
        select={
            "by_flow": select_pump("flow"),
            "all": Select([SourceSelector(PUMP, ["tag", "flow"])], sort=[InstanceSort(flow, "descending")], limit=2),
        },
    )
    res = await resolve(client.data_modeling.instances.query(q))
    assert xids(res["by_flow"]) == ["p4", "p3", "p2"] and res["by_flow"].cursor is not None
    assert [n.properties[PUMP]["flow"] for n in res["by_flow"]] == [4.0, 3.0, 2.0]
    assert set(res["by_flow"][0].properties[PUMP]) == {"flow"}
    assert len(res["all"]) == 2 and set(res["all"][0].properties[PUMP]) == {"tag", "flow"}


async def test_set_operations_and_parameters(client: Any, resolve: Any) -> None:
    q = Query(
        with_={
            "low": NodeResultSetExpression(filter=filters.Range(PUMP.as_property_ref("flow"), lte={"parameter": "hi"})),
            "odd": NodeResultSetExpression(filter=xid_is("p1", "p3")),
            "both": Intersection(["low", "odd"]),
            "either": Union(["low", "odd"], except_=["both"]),
        },
        select={"both": Select(), "either": Select()},
        parameters={"hi": 2.0},
    )
    res = await resolve(client.data_modeling.instances.query(q))
    assert xids(res["both"]) == ["p1"]
    assert sorted(xids(res["either"])) == ["p0", "p2", "p3"]


async def test_include_typing_is_per_result_set(client: Any, resolve: Any) -> None:
    q = Query(with_={"pumps": NodeResultSetExpression(filter=IN_SP, limit=1)}, select={"pumps": select_pump("tag")})
    res = await resolve(client.data_modeling.instances.query(q, include_typing=True))
    assert res["pumps"].typing is not None and "tag" in res["pumps"].typing["sp"]["Pump/v1"]
    plain = await resolve(client.data_modeling.instances.query(q))
    assert plain["pumps"].typing is None


async def test_query_503_is_retried(async_client: Any, emulator: Emulator) -> None:
    emulator.faults.fail(503, times=1, on="POST /models/instances/query")
    q = Query(with_={"pumps": NodeResultSetExpression(filter=IN_SP)}, select={"pumps": Select()})
    res = await async_client.data_modeling.instances.query(q)
    assert len(res["pumps"]) == 5
    assert [r.status for r in emulator.requests.find("POST", "/models/instances/query")] == [503, 200]


def test_limits_are_the_specs() -> None:
    import json
    from pathlib import Path

    from cognite.client._api.data_modeling import _limits

    spec = Path(__file__).parents[2] / "openapi" / "specs" / "cdf-v1-2026-05-07.json"
    schemas = json.loads(spec.read_text())["components"]["schemas"]
    assert schemas["TableExpressionQueryLimit"]["maximum"] == _limits.QUERY_RESULT_SET_LIMIT
    assert schemas["TableExpressionSyncLimit"]["maximum"] == _limits.SYNC_RESULT_SET_LIMIT
    assert schemas["QueryRequest"]["properties"]["with"]["maxProperties"] == _limits.QUERY_MAX_RESULT_SETS
    assert schemas["SyncRequest"]["properties"]["with"]["maxProperties"] == _limits.QUERY_MAX_RESULT_SETS


BAD_QUERIES = [
    ("query", Query(with_={"a": NodeResultSetExpression(from_="nope")}, select={"a": Select()})),
    ("query", Query(with_={"a": Union(["a2", "missing"]), "a2": NodeResultSetExpression()}, select={})),
    (
        "query",
        Query(with_={"a": NodeResultSetExpression(from_="b"), "b": NodeResultSetExpression(from_="a")}, select={}),
    ),
    ("query", Query(with_={"a": NodeResultSetExpressionSync()}, select={"a": Select()})),  # type: ignore[dict-item]
    ("query", Query(with_={"a": NodeResultSetExpression()}, select={"a": SelectSync()})),  # type: ignore[dict-item]
    ("query", Query(with_={"a": NodeResultSetExpression()}, select={}, cursors={"zz": "c"})),
    ("query", Query(with_={}, select={})),
    ("query", QuerySync(with_={"a": NodeResultSetExpressionSync()}, select={"a": SelectSync()})),
    ("sync", Query(with_={"a": NodeResultSetExpression()}, select={"a": Select()})),
    ("query", Query(with_={"a": NodeResultSetExpression(limit=10_001)}, select={})),
    ("sync", QuerySync(with_={"a": NodeResultSetExpressionSync(limit=2001)}, select={})),
    ("query", Query(with_={f"s{i}": NodeResultSetExpression() for i in range(51)}, select={})),
    ("sync", QuerySync(with_={"a": EdgeResultSetExpressionSync(from_="x")}, select={})),
]


_LATER = Query(with_={"a": NodeResultSetExpression()}, select={"a": Select()})
_LATER.select["gone"] = Select()  # select changed after construction
BAD_QUERIES.append(("query", _LATER))


@pytest.mark.parametrize(("method", "query"), BAD_QUERIES)
async def test_bad_queries_rejected_before_sending(
    client: Any, resolve: Any, emulator: Emulator, method: str, query: Any
) -> None:
    before = len(emulator.requests)
    with pytest.raises((TypeError, ValueError)):
        await resolve(getattr(client.data_modeling.instances, method)(query))
    assert len(emulator.requests) == before


# -- sync ------------------------------------------------------------------------------------------------------------
def pump_sync(limit: int = 100, mode: Any = "two_phase") -> QuerySync:
    return QuerySync(
        with_={"pumps": NodeResultSetExpressionSync(filter=IN_SP, limit=limit, sync_mode=mode)},
        select={"pumps": SelectSync([SourceSelector(PUMP, ["*"])])},
    )


async def test_sync_changes_and_tombstones(client: Any, resolve: Any) -> None:
    dm = client.data_modeling.instances
    q = pump_sync(limit=2)
    seen: list[str] = []
    for _ in range(5):  # backfill 2 + 2 + 1: the page shorter than the limit ends it
        res = await resolve(dm.sync(q))
        assert q.cursors != res.cursors  # as the official SDK: sync() leaves the query's cursors to the caller
        seen += xids(res["pumps"])
        q.cursors = res.cursors
        if len(res["pumps"]) < 2:
            break
    assert sorted(seen) == ["p0", "p1", "p2", "p3", "p4"] and res["pumps"].cursor is not None
    assert (await resolve(dm.sync(q)))["pumps"] == []  # nothing changed: nothing returned

    await resolve(dm.apply(NodeApply("sp", "p2", sources=[NodeOrEdgeData(PUMP, {"tag": "t2", "flow": 20.0})])))
    await resolve(dm.delete(nodes=("sp", "p4")))
    res = await resolve(dm.sync(q))
    by_id = {n.external_id: n for n in res["pumps"]}
    assert set(by_id) == {"p2", "p4"}
    assert by_id["p2"].deleted_time is None and by_id["p2"].properties[PUMP]["flow"] == 20.0
    assert by_id["p4"].deleted_time is not None  # the tombstone
    q.cursors = res.cursors
    assert (await resolve(dm.sync(q)))["pumps"] == []  # each change served once


async def test_sync_chained_edges(client: Any, resolve: Any) -> None:
    q = QuerySync(
        with_={
            "start": NodeResultSetExpressionSync(filter=xid_is("p0", "p1")),
            "links": EdgeResultSetExpressionSync(from_="start", max_distance=1),
        },
        select={"links": SelectSync([SourceSelector(LINK, ["weight"])])},
    )
    res = await resolve(client.data_modeling.instances.sync(q))
    assert isinstance(res["links"], EdgeListWithCursor) and sorted(xids(res["links"])) == ["e0", "e1"]
    assert set(res.cursors) >= {"links"}


# -- subscribe -------------------------------------------------------------------------------------------------------
def test_subscribe_sync_client_sees_backfill_and_later_changes(sync_client: Any) -> None:
    dm = sync_client.data_modeling.instances
    got: list[tuple[str, bool]] = []
    enough = threading.Event()
    calls = 0

    def on_result(result: QueryResult) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise RuntimeError("a failing callback gets the same result again")
        got.extend((n.external_id, n.deleted_time is not None) for n in result["pumps"])
        if calls == 1:  # a plain callback runs in a worker thread: it may call the sync client
            dm.apply(NodeApply("sp", "p9", sources=[NodeOrEdgeData(PUMP, {"tag": "t9"})]))
            dm.delete(nodes=("sp", "p0"))
        if ("p0", True) in got and ("p9", False) in got:
            enough.set()

    q = pump_sync()
    ctx = dm.subscribe(q, on_result, poll_delay_seconds=0.01, throttle_seconds=0.01)
    assert isinstance(ctx, SubscriptionContext)
    try:
        assert enough.wait(30)
    finally:
        ctx.cancel()
    assert not ctx.is_alive()
    assert sorted(x for x, deleted in got if not deleted) == ["p0", "p1", "p2", "p3", "p4", "p9"]
    assert [x for x, deleted in got if deleted] == ["p0"]
    assert ctx.last_successful_callback is not None and q.cursors["pumps"] is not None


async def test_subscribe_async_client_with_async_callback(async_client: Any, emulator: Emulator) -> None:
    emulator.faults.fail(503, times=2, on="POST /models/instances/sync")  # retried by the transport
    results: list[int] = []
    done = asyncio.Event()

    async def on_result(result: QueryResult) -> None:
        results.append(len(result["pumps"]))
        if sum(results) >= 5:
            done.set()

    ctx = await async_client.data_modeling.instances.subscribe(
        pump_sync(limit=2), on_result, poll_delay_seconds=0.01, throttle_seconds=0
    )
    await asyncio.wait_for(done.wait(), 30)
    ctx.cancel()
    await asyncio.sleep(0)
    assert results[:3] == [2, 2, 1] and ctx.last_successful_sync is not None
    assert [r.status for r in emulator.requests.find("POST", "/models/instances/sync")][:3] == [503, 503, 200]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"query": Query(with_={"a": NodeResultSetExpression()}, select={}), "callback": print},
        {"query": QuerySync(with_={"a": NodeResultSetExpressionSync()}, select={}), "callback": "print"},
        {
            "query": QuerySync(with_={"a": NodeResultSetExpressionSync()}, select={}),
            "callback": print,
            "poll_delay_seconds": -1,
        },
    ],
)
async def test_subscribe_bad_input_rejected_before_sending(
    client: Any, resolve: Any, emulator: Emulator, kwargs: dict[str, Any]
) -> None:
    before = len(emulator.requests)
    with pytest.raises((TypeError, ValueError)):
        await resolve(client.data_modeling.instances.subscribe(**kwargs))
    assert len(emulator.requests) == before


@pytest.mark.parametrize(
    "name",
    ["cognite.client.data_classes.data_modeling.query", "cognite.client.data_classes.data_modeling.debug"],
)
def test_docstring_examples(name: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0


def test_cursor_lists_extend_with_the_next_page() -> None:
    from cognite.client.data_classes.data_modeling import Node

    def node(x: str) -> Node:
        return Node("sp", x, 1, 0, 0, None, None, None)

    first = NodeListWithCursor([node("a")], "c1")
    first.extend(NodeListWithCursor([node("b")], "c2"))
    assert xids(first) == ["a", "b"] and first.cursor == "c2"
    with pytest.raises(ValueError):
        first.extend(NodeListWithCursor([node("a")], None))
    with pytest.raises(TypeError):
        first.extend(EdgeListWithCursor([], None))
