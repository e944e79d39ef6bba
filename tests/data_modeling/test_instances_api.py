"""``client.data_modeling.instances`` against the emulator, on the sync and the async client."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cognite.client import global_config
from cognite.client._api.data_modeling import instances as instances_api
from cognite.client.data_classes import filters
from cognite.client.data_classes.data_modeling import (
    EdgeApply,
    EdgeId,
    InstanceSort,
    Node,
    NodeApply,
    NodeId,
    NodeList,
    NodeOrEdgeData,
    ViewId,
)
from cognite.client.exceptions import CogniteAPIError
from cognite.emulator import DEFAULT_PROJECT, Emulator
from tests.emulator.conftest import Api
from tests.emulator.dms_fixtures import install_schema

PUMP = ViewId("sp", "Pump", "v1")
LINK = ViewId("sp", "Link", "v1")
SPEC = Path(__file__).parents[2] / "openapi" / "specs" / "cdf-v1-2026-05-07.json"


@pytest.fixture(autouse=True)
def schema(emulator: Emulator) -> None:
    with emulator.client() as http:
        install_schema(Api(http, DEFAULT_PROJECT))


def pumps(n: int, prefix: str = "p") -> list[NodeApply]:
    return [
        NodeApply("sp", f"{prefix}{i}", sources=[NodeOrEdgeData(PUMP, {"tag": f"t{i}", "flow": float(i)})])
        for i in range(n)
    ]


def test_limits_are_the_specs() -> None:
    schemas = json.loads(SPEC.read_text())["components"]["schemas"]
    assert schemas["InstanceBulk"]["properties"]["items"]["maxItems"] == instances_api.INSTANCES_APPLY_LIMIT
    retrieve = schemas["ListOfSpaceExternalIdsRequestWithTyping"]["properties"]["items"]["maxItems"]
    assert retrieve == instances_api.INSTANCES_RETRIEVE_LIMIT
    assert schemas["NodeOrEdgeDeleteRequest"]["properties"]["items"]["maxItems"] == instances_api.INSTANCES_DELETE_LIMIT


async def test_apply_retrieve_list_delete(client: Any, resolve: Any, drain: Any) -> None:
    dm = client.data_modeling.instances
    res = await resolve(dm.apply(pumps(3)))
    assert [n.external_id for n in res.nodes] == ["p0", "p1", "p2"] and all(n.was_modified for n in res.nodes)
    assert res.nodes.as_ids() == [NodeId("sp", "p0"), NodeId("sp", "p1"), NodeId("sp", "p2")]
    edge = EdgeApply("sp", "e1", type=("sp", "flows"), start_node=("sp", "p0"), end_node=("sp", "p1"))
    res = await resolve(dm.apply(edges=edge, auto_create_start_nodes=True, auto_create_end_nodes=True))
    assert [e.external_id for e in res.edges] == ["e1"] and res.nodes == []

    node = await resolve(dm.retrieve_nodes(("sp", "p1"), sources=PUMP))
    assert isinstance(node, Node) and node.properties[PUMP]["tag"] == "t1" and node["flow"] == 1.0
    assert await resolve(dm.retrieve_nodes(NodeId("sp", "nope"))) is None
    many = await resolve(dm.retrieve_nodes([NodeId("sp", "p0"), ("sp", "p2")], sources=[PUMP]))
    assert isinstance(many, NodeList) and sorted(n.external_id for n in many) == ["p0", "p2"]
    both = await resolve(dm.retrieve(nodes=("sp", "p0"), edges=EdgeId("sp", "e1")))
    assert [n.external_id for n in both.nodes] == ["p0"] and [e.external_id for e in both.edges] == ["e1"]
    assert both.edges[0].start_node.external_id == "p0"

    listed = await resolve(
        dm.list(sources=PUMP, space="sp", limit=None, sort=InstanceSort(PUMP.as_property_ref("flow"), "descending"))
    )
    assert [n.external_id for n in listed] == ["p2", "p1", "p0"]
    flt = filters.Range(PUMP.as_property_ref("flow"), gte=1.0)
    assert {n.external_id for n in await resolve(dm.list(sources=PUMP, filter=flt, limit=-1))} == {"p1", "p2"}
    assert [e.external_id for e in await resolve(dm.list(instance_type="edge"))] == ["e1"]
    assert len(await resolve(dm.list(limit=2))) == 2
    chunks = await drain(dm(chunk_size=2, space="sp"))
    assert [len(c) for c in chunks] == [2, 1] and all(isinstance(c, NodeList) for c in chunks)

    deleted = await resolve(dm.delete(nodes=[("sp", "p0")], edges=EdgeId("sp", "e1")))
    assert deleted.nodes == [NodeId("sp", "p0")] and deleted.edges == [EdgeId("sp", "e1")]
    assert await resolve(dm.retrieve_nodes(("sp", "p0"))) is None


async def test_apply_chunks_concurrently_and_lists_through_cursors(async_client: Any, emulator: Emulator) -> None:
    dm = async_client.data_modeling.instances
    res = await dm.apply(pumps(2500))
    sent = emulator.requests.find("POST", "/models/instances")
    assert len(res.nodes) == 2500 and len(sent) == 3
    listed = await dm.list(limit=None, space="sp")
    assert len(listed) == 2500 and len({n.external_id for n in listed}) == 2500
    assert len(emulator.requests.find("POST", "/models/instances/list")) == 3


async def test_apply_partial_failure_accounting_is_exact(async_client: Any, emulator: Emulator) -> None:
    global_config.max_retries = 0  # apply is idempotent, so a 503 is retried: without retries it stays unknown
    items = pumps(2500)
    emulator.faults.fail(400, times=1, on="POST /models/instances")
    emulator.faults.fail(503, times=1, on="POST /models/instances")
    with pytest.raises(CogniteAPIError) as err:
        await async_client.data_modeling.instances.apply(items)
    e = err.value
    assert len(e.successful) + len(e.failed) + len(e.unknown) == 2500 and e.skipped == []
    assert all(isinstance(i, NodeApply) for i in e.successful + e.failed + e.unknown)
    ids = lambda lst: {i.external_id for i in lst}  # noqa: E731
    assert ids(e.successful) | ids(e.failed) | ids(e.unknown) == {i.external_id for i in items}
    stored = await async_client.data_modeling.instances.list(limit=None)
    assert {n.external_id for n in stored} == ids(e.successful)
    assert {len(e.failed), len(e.unknown)} <= {500, 1000} and e.code == 400


async def test_apply_503_is_retried(async_client: Any, emulator: Emulator) -> None:
    emulator.faults.fail(503, times=1, on="POST /models/instances")
    res = await async_client.data_modeling.instances.apply(pumps(3))
    assert len(res.nodes) == 3
    assert [r.status for r in emulator.requests.find("POST", "/models/instances")] == [503, 200]


@pytest.mark.parametrize(
    ("call", "kwargs"),
    [
        ("apply", {"nodes": [EdgeApply("sp", "e", ("sp", "t"), ("sp", "a"), ("sp", "b"))]}),
        ("apply", {"nodes": [NodeApply("sp", "a"), NodeApply("sp", "a")]}),
        ("retrieve_nodes", {"nodes": [("sp",)]}),
        ("retrieve", {"nodes": "sp:a"}),
        ("delete", {"edges": [NodeId("sp", "a")]}),
        ("list", {"instance_type": "nodes"}),
        ("list", {"limit": "10"}),
        ("list", {"sources": ["sp"]}),
        ("list", {"space": [1]}),
        ("list", {"sort": "name"}),
    ],
)
async def test_bad_input_rejected_before_sending(
    client: Any, resolve: Any, emulator: Emulator, call: str, kwargs: dict[str, Any]
) -> None:
    before = len(emulator.requests)
    with pytest.raises((TypeError, ValueError)):
        await resolve(getattr(client.data_modeling.instances, call)(**kwargs))
    assert len(emulator.requests) == before


async def test_search_aggregate_histogram(client: Any, resolve: Any) -> None:
    from cognite.client.data_classes.aggregations import Avg, Count, Histogram

    dm = client.data_modeling.instances
    nodes = [
        NodeApply("sp", f"s{i}", sources=[NodeOrEdgeData(PUMP, {"tag": f"t{i}", "name": name, "flow": float(i)})])
        for i, name in enumerate(["big pump", "small pump", "valve"])
    ]
    await resolve(dm.apply(nodes))
    found = await resolve(dm.search(PUMP, "pump", properties=["name"]))
    assert isinstance(found, NodeList) and {n.external_id for n in found} == {"s0", "s1"}
    avg = await resolve(dm.aggregate(PUMP, Avg("flow")))
    assert avg.value == 1.0 and avg.property == "flow"
    both = await resolve(
        dm.aggregate(PUMP, [Count("tag"), Avg("flow")], filter=filters.Range(["sp", "Pump/v1", "flow"], gte=1))
    )
    assert [a.value for a in both] == [2, 1.5]
    groups = await resolve(dm.aggregate(PUMP, Count("tag"), group_by="name"))
    assert sorted((g.group["name"], g.aggregates[0].value) for g in groups) == [
        ("big pump", 1),
        ("small pump", 1),
        ("valve", 1),
    ]
    hist = await resolve(dm.histogram(PUMP, Histogram("flow", 2)))
    assert [(b.start, b.count) for b in hist.buckets] == [(0.0, 2), (2.0, 1)]


async def test_inspect(client: Any, resolve: Any) -> None:
    from cognite.client.data_classes.data_modeling import ContainerId, InvolvedContainers, InvolvedViews

    dm = client.data_modeling.instances
    await resolve(dm.apply(pumps(2)))
    res = await resolve(
        dm.inspect(nodes=[("sp", "p0")], involved_views=InvolvedViews(), involved_containers=InvolvedContainers())
    )
    assert [r.external_id for r in res.nodes] == ["p0"] and res.edges == []
    assert res.nodes[0].inspection_results.involved_containers == [ContainerId("sp", "Pump")]
    assert res.nodes[0].inspection_results.involved_views == [PUMP]
    with pytest.raises(ValueError, match="involved_views"):
        await resolve(dm.inspect(nodes=("sp", "p0")))


async def test_sources_accept_views_and_tuples(client: Any, resolve: Any) -> None:
    dm = client.data_modeling.instances
    await resolve(dm.apply(pumps(2)))
    view = (await resolve(client.data_modeling.views.retrieve(PUMP)))[0]
    by_view = await resolve(dm.list(sources=view, limit=None))
    by_tuple = await resolve(dm.list(sources=("sp", "Pump", "v1"), limit=None))
    assert [n.properties[PUMP]["tag"] for n in by_view] == [n.properties[PUMP]["tag"] for n in by_tuple] == ["t0", "t1"]


async def test_apply_flags_and_list_body_on_the_wire(async_client: Any, emulator: Emulator) -> None:
    dm = async_client.data_modeling.instances
    await dm.apply(pumps(1), replace=True, skip_on_version_conflict=True, auto_create_direct_relations=False)
    body = emulator.requests.find("POST", "/models/instances")[-1].json()
    assert body["replace"] is True and body["skipOnVersionConflict"] is True
    assert body["autoCreateDirectRelations"] is False and body["autoCreateStartNodes"] is False
    await dm.list(sources=PUMP, space=["sp"], filter=filters.Exists(PUMP.as_property_ref("tag")), limit=3)
    listed = emulator.requests.find("POST", "/models/instances/list")[-1].json()
    assert listed["filter"] == {
        "and": [
            {"in": {"property": ["node", "space"], "values": ["sp"]}},
            {"exists": {"property": ["sp", "Pump/v1", "tag"]}},
        ]
    }
    assert listed["sources"] == [{"source": {"space": "sp", "externalId": "Pump", "version": "v1", "type": "view"}}]
    assert listed["limit"] == 3 and listed["instanceType"] == "node"


async def test_typed_edges_round_trip(client: Any, resolve: Any) -> None:
    from cognite.client.data_classes.data_modeling import PropertyOptions, TypedEdge, TypedEdgeApply

    class LinkApply(TypedEdgeApply):
        strength = PropertyOptions(identifier="weight")

        def __init__(self, space: str, external_id: str, start: tuple[str, str], end: tuple[str, str], strength: float):
            super().__init__(space, external_id, ("sp", "link"), start, end)
            self.strength = strength

        def get_source(self) -> ViewId:
            return LINK

    class Link(TypedEdge):
        strength = PropertyOptions(identifier="weight")

        def __init__(self, strength: float | None = None, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.strength = strength

        @classmethod
        def get_source(cls) -> ViewId:
            return LINK

    dm = client.data_modeling.instances
    edge = LinkApply("sp", "l1", ("sp", "a"), ("sp", "b"), 2.5)
    assert edge.dump()["sources"] == [{"properties": {"weight": 2.5}, "source": LINK.dump()}]
    await resolve(dm.apply(edges=edge, auto_create_start_nodes=True, auto_create_end_nodes=True))
    got = await resolve(dm.retrieve_edges(("sp", "l1"), edge_cls=Link))
    assert isinstance(got, Link) and got.strength == 2.5 and got.start_node.external_id == "a"
