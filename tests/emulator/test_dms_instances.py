"""The emulator's DMS instances through HTTP: apply (upsert, versions, replace/merge, auto-create, validation),
byids, list (cursors, sort, typing), delete (with attached edges), search, aggregate, inspect, persistence."""

from __future__ import annotations

import time
from typing import Any

import pytest

from cognite.emulator import Emulator
from cognite.emulator.dms.instances import APPLY_LIMIT, LIST_LIMIT_MAX
from tests.emulator.conftest import Api
from tests.emulator.dms_fixtures import LINK, PUMP, SPACE, VIEWS, install_schema

INSTANCES = "/models/instances"


@pytest.fixture
def dms(api: Api) -> Api:
    install_schema(api)
    return api


def node(xid: str, source: dict[str, Any] | None = PUMP, **props: Any) -> dict[str, Any]:
    item: dict[str, Any] = {"instanceType": "node", "space": SPACE, "externalId": xid}
    if source is not None:
        item["sources"] = [{"source": source, "properties": {"tag": xid, **props}}]
    return item


def edge(xid: str, start: str, end: str, **props: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "instanceType": "edge",
        "space": SPACE,
        "externalId": xid,
        "type": {"space": SPACE, "externalId": "flowsTo"},
        "startNode": {"space": SPACE, "externalId": start},
        "endNode": {"space": SPACE, "externalId": end},
    }
    if props:
        item["sources"] = [{"source": LINK, "properties": props}]
    return item


def pump_props(inst: dict[str, Any]) -> dict[str, Any]:
    return inst["properties"][SPACE]["Pump/v1"]


def retrieve(api: Api, *xids: str, kind: str = "node", source: dict[str, Any] = PUMP) -> list[dict[str, Any]]:
    items = [{"instanceType": kind, "space": SPACE, "externalId": x} for x in xids]
    return api.post(INSTANCES + "/byids", items=items, sources=[{"source": source}])["items"]


def test_apply_creates_then_versions_only_on_change(dms: Api) -> None:
    first = dms.post(INSTANCES, items=[node("p1", name="one", flow=1.5)])["items"][0]
    assert (first["version"], first["wasModified"], first["instanceType"]) == (1, True, "node")
    assert {"createdTime", "lastUpdatedTime", "space", "externalId"} <= set(first)
    same = dms.post(INSTANCES, items=[node("p1", name="one", flow=1.5)])["items"][0]
    assert (same["version"], same["wasModified"]) == (1, False)
    changed = dms.post(INSTANCES, items=[node("p1", name="two")])["items"][0]
    assert (changed["version"], changed["wasModified"]) == (2, True)
    (got,) = retrieve(dms, "p1")
    # merge (default): flow kept; count took its default
    assert pump_props(got) == {"tag": "p1", "name": "two", "flow": 1.5, "count": 0}


def test_replace_resets_unspecified_properties(dms: Api) -> None:
    dms.post(INSTANCES, items=[node("p1", name="one", flow=1.5)])
    dms.post(INSTANCES, items=[node("p1", name="new")], replace=True)
    assert pump_props(retrieve(dms, "p1")[0]) == {"tag": "p1", "name": "new", "count": 0}


def test_existing_version_conflict_and_skip(dms: Api) -> None:
    dms.post(INSTANCES, items=[node("p1")])
    dms.post(INSTANCES, items=[node("p1", name="x")])  # version 2
    err = dms.post(INSTANCES, items=[{**node("p1", name="y"), "existingVersion": 1}], expect=409)
    assert "version" in err["error"]["message"].lower()
    skipped = dms.post(
        INSTANCES, items=[{**node("p1", name="y"), "existingVersion": 1}, node("p2")], skipOnVersionConflict=True
    )
    assert [i["externalId"] for i in skipped["items"]] == ["p2"]
    dms.post(INSTANCES, items=[{**node("p9"), "existingVersion": 0}])  # 0 on a new instance: an insert
    dms.post(INSTANCES, items=[{**node("p9"), "existingVersion": 0}], expect=409)
    assert pump_props(retrieve(dms, "p1")[0])["name"] == "x"


@pytest.mark.parametrize(
    ("props", "fragment"),
    [
        ({"flow": "fast"}, "flow"),
        ({"count": 2**40}, "count"),
        ({"count": True}, "count"),
        ({"active": 1}, "active"),
        ({"installed": "yesterday"}, "installed"),
        ({"day": "2024-13-01"}, "day"),
        ({"kind": "rotary"}, "kind"),
        ({"parent": "p0"}, "parent"),
        ({"labels": ["a", "b", "c", "d"]}, "maxListSize"),
        ({"labels": "a"}, "labels"),
        ({"tag": None}, "tag"),
        ({"nope": 1}, "nope"),
    ],
)
def test_bad_property_values_are_400_and_nothing_is_written(dms: Api, props: dict[str, Any], fragment: str) -> None:
    err = dms.post(INSTANCES, items=[node("ok"), node("bad", **props)], expect=400)
    assert fragment in err["error"]["message"]
    assert retrieve(dms, "ok", "bad") == []


def test_valid_values_of_every_type(dms: Api) -> None:
    props = {
        "flow": 2,
        "count": -5,
        "active": False,
        "installed": "2024-01-02T03:04:05.000+00:00",
        "day": "2024-02-29",
        "meta": {"a": [1, 2]},
        "kind": "piston",
        "labels": ["a", "b"],
        "parent": {"space": SPACE, "externalId": "p0"},
    }
    dms.post(INSTANCES, items=[node("p1", **props)])
    assert pump_props(retrieve(dms, "p1")[0]) == {"tag": "p1", **props}
    dms.post(
        INSTANCES,
        items=[node("p2", installed="2024-01-02T04:04:05+01:00"), node("p3", installed="2024-01-02T03:04:05.100Z")],
    )
    stored = [pump_props(i)["installed"] for i in retrieve(dms, "p2", "p3")]
    assert stored == ["2024-01-02T03:04:05.000+00:00", "2024-01-02T03:04:05.100+00:00"]  # CDF's form: UTC, ms
    assert retrieve(dms, "p0", source=PUMP) == []  # the auto-created target has no Pump data...
    bare = dms.post(INSTANCES + "/byids", items=[{"instanceType": "node", "space": SPACE, "externalId": "p0"}])
    assert [i["externalId"] for i in bare["items"]] == ["p0"]  # ...but exists


def test_required_property_missing_and_unknown_space_or_view(dms: Api) -> None:
    missing_tag = {
        "instanceType": "node",
        "space": SPACE,
        "externalId": "p",
        "sources": [{"source": PUMP, "properties": {"name": "n"}}],
    }
    assert "tag" in dms.post(INSTANCES, items=[missing_tag], expect=400)["error"]["message"]
    dms.post(INSTANCES, items=[{**node("p"), "space": "nowhere"}], expect=400)
    dms.post(INSTANCES, items=[node("p", source={**PUMP, "version": "v9"})], expect=400)
    dms.post(INSTANCES, items=[node("p", source=LINK)], expect=400)  # Link is for edges
    dms.post(INSTANCES, items=[node(str(i)) for i in range(APPLY_LIMIT + 1)], expect=400)
    dms.post(INSTANCES, items=[node("a"), node("a")], expect=400)


def test_immutable_property(dms: Api) -> None:
    dms.post(INSTANCES, items=[node("p1", serial="S1")])
    dms.post(INSTANCES, items=[node("p1", serial="S1", name="same serial")])
    assert "immutable" in dms.post(INSTANCES, items=[node("p1", serial="S2")], expect=400)["error"]["message"]


def test_direct_relations_without_auto_create(dms: Api) -> None:
    item = node("p1", parent={"space": SPACE, "externalId": "ghost"})
    dms.post(INSTANCES, items=[item], autoCreateDirectRelations=False, expect=400)
    dms.post(INSTANCES, items=[node("ghost"), item], autoCreateDirectRelations=False)  # the target in the same request


def test_edges_need_their_nodes_unless_auto_created(dms: Api) -> None:
    dms.post(INSTANCES, items=[edge("e1", "a", "b", weight=1.0)], expect=400)
    dms.post(INSTANCES, items=[edge("e1", "a", "b", weight=1.0)], autoCreateStartNodes=True, expect=400)
    out = dms.post(
        INSTANCES, items=[edge("e1", "a", "b", weight=1.0)], autoCreateStartNodes=True, autoCreateEndNodes=True
    )
    assert out["items"][0]["instanceType"] == "edge"
    (got,) = retrieve(dms, "e1", kind="edge", source=LINK)
    assert got["startNode"] == {"space": SPACE, "externalId": "a"}
    assert got["type"] == {"space": SPACE, "externalId": "flowsTo"}
    assert got["properties"][SPACE]["Link/v1"] == {"weight": 1.0}
    dms.post(INSTANCES, items=[{**node("e1", source=None)}], expect=400)  # e1 is an edge


def test_delete_node_takes_its_edges(dms: Api) -> None:
    dms.post(INSTANCES, items=[node("a"), node("b"), node("c"), edge("ab", "a", "b"), edge("bc", "b", "c")])
    out = dms.post(INSTANCES + "/delete", items=[{"instanceType": "node", "space": SPACE, "externalId": "a"}])
    assert out["items"] == [{"instanceType": "node", "space": SPACE, "externalId": "a"}]
    edges = dms.post(INSTANCES + "/list", instanceType="edge")["items"]
    assert [e["externalId"] for e in edges] == ["bc"]
    nodes = dms.post(INSTANCES + "/list")["items"]
    assert sorted(n["externalId"] for n in nodes) == ["b", "c"]


def test_delete_existing_version_and_apply_with_deletes(dms: Api) -> None:
    dms.post(INSTANCES, items=[node("a"), node("b")])
    dms.post(INSTANCES, items=[node("a", name="v2")])
    stale = {"instanceType": "node", "space": SPACE, "externalId": "a", "existingVersion": 1}
    dms.post(INSTANCES + "/delete", items=[stale], expect=409)
    # apply + delete in one request; the stale delete is skipped, b is deleted, c is created
    b = {"instanceType": "node", "space": SPACE, "externalId": "b"}
    out = dms.post(INSTANCES, items=[node("c")], delete=[stale, b], skipOnVersionConflict=True)
    assert [i["externalId"] for i in out["items"]] == ["c"]
    assert out["deleted"] == [b]
    assert sorted(i["externalId"] for i in dms.post(INSTANCES + "/list")["items"]) == ["a", "c"]
    # a failing apply deletes nothing
    dms.post(INSTANCES, items=[node("d", flow="x")], delete=[{**b, "externalId": "c"}], expect=400)
    assert sorted(i["externalId"] for i in dms.post(INSTANCES + "/list")["items"]) == ["a", "c"]


def test_list_pages_resume_and_sort(dms: Api) -> None:
    dms.post(
        INSTANCES, items=[node(f"p{i:03}", flow=float(i % 7), name=None if i % 5 == 0 else f"n{i}") for i in range(250)]
    )
    pages = dms.list_all(INSTANCES + "/list", {"limit": 100, "sources": [{"source": PUMP}]})
    assert len(pages) == 250 and len({p["externalId"] for p in pages}) == 250
    flow = [SPACE, "Pump/v1", "flow"]
    desc = dms.post(
        INSTANCES + "/list", limit=10, sort=[{"property": flow, "direction": "descending"}], sources=[{"source": PUMP}]
    )
    assert [pump_props(i)["flow"] for i in desc["items"]] == [6.0] * 10
    by_name = dms.post(
        INSTANCES + "/list",
        limit=3,
        sort=[{"property": [SPACE, "Pump", "name"], "nullsFirst": True}],
        sources=[{"source": PUMP}],
    )
    assert [pump_props(i).get("name") for i in by_name["items"]] == [None, None, None]
    sorted_pages = dms.list_all(
        INSTANCES + "/list", {"limit": 40, "sort": [{"property": flow}, {"property": ["node", "externalId"]}]}
    )
    ids = [i["externalId"] for i in sorted_pages]
    assert len(set(ids)) == 250  # sorted pages through cursors: complete, no repeats, in order
    assert ids == sorted(ids, key=lambda x: (int(x[1:]) % 7, x))
    dms.post(INSTANCES + "/list", limit=LIST_LIMIT_MAX + 1, expect=400)
    typed = dms.post(INSTANCES + "/list", limit=1, sources=[{"source": PUMP}], includeTyping=True)
    assert typed["typing"][SPACE]["Pump/v1"]["tag"]["nullable"] is False


def test_search_and_aggregate(dms: Api) -> None:
    dms.post(
        INSTANCES,
        items=[
            node("p1", name="Main feed pump", flow=10.0, kind="piston"),
            node("p2", name="Backup pump", flow=20.0, kind="piston"),
            node("p3", name="Compressor", flow=35.0, kind="centrifugal"),
        ],
    )
    found = dms.post(INSTANCES + "/search", view=PUMP, query="pump")["items"]
    assert sorted(i["externalId"] for i in found) == ["p1", "p2"]
    only_name = dms.post(INSTANCES + "/search", view=PUMP, query="p3", properties=["name"])["items"]
    assert only_name == []
    filtered = dms.post(
        INSTANCES + "/search",
        view=PUMP,
        query="pump",
        filter={"range": {"property": [SPACE, "Pump/v1", "flow"], "gt": 15}},
    )
    assert [i["externalId"] for i in filtered["items"]] == ["p2"]
    agg = dms.post(
        INSTANCES + "/aggregate",
        view=PUMP,
        aggregates=[{"count": {"property": "tag"}}, {"avg": {"property": "flow"}}, {"max": {"property": "flow"}}],
    )["items"][0]["aggregates"]
    assert [a["value"] for a in agg] == [3, 65.0 / 3, 35.0]
    hist = dms.post(
        INSTANCES + "/aggregate", view=PUMP, aggregates=[{"histogram": {"property": "flow", "interval": 20}}]
    )
    assert hist["items"][0]["aggregates"][0]["buckets"] == [{"start": 0.0, "count": 1}, {"start": 20.0, "count": 2}]
    groups = dms.post(INSTANCES + "/aggregate", view=PUMP, groupBy=["kind"], aggregates=[{"sum": {"property": "flow"}}])
    assert {g["group"]["kind"]: g["aggregates"][0]["value"] for g in groups["items"]} == {
        "piston": 30.0,
        "centrifugal": 35.0,
    }
    dms.post(INSTANCES + "/aggregate", view=PUMP, aggregates=[{"avg": {"property": "name"}}], expect=400)


def test_inspect_containers_and_views(dms: Api) -> None:
    dms.post(INSTANCES, items=[node("p1")])
    out = dms.post(
        INSTANCES + "/inspect",
        items=[{"instanceType": "node", "space": SPACE, "externalId": "p1"}],
        inspectionOperations={"involvedContainers": {}, "involvedViews": {}},
    )["items"][0]["inspectionResults"]
    assert out["involvedContainers"] == [{"type": "container", "space": SPACE, "externalId": "Pump"}]
    assert out["involvedViews"] == [{"type": "view", "space": SPACE, "externalId": "Pump", "version": "v1"}]
    v2 = {**next(v for v in VIEWS if v["externalId"] == "Pump"), "version": "v2"}
    dms.post("/models/views", items=[v2])
    ref = [{"instanceType": "node", "space": SPACE, "externalId": "p1"}]
    for all_versions, versions in ((False, ["v2"]), (True, ["v1", "v2"])):
        res = dms.post(
            INSTANCES + "/inspect", items=ref, inspectionOperations={"involvedViews": {"allVersions": all_versions}}
        )
        assert sorted(v["version"] for v in res["items"][0]["inspectionResults"]["involvedViews"]) == versions


def test_container_deletion_drops_its_data_and_spaces_with_instances_stay(dms: Api) -> None:
    dms.post(INSTANCES, items=[node("p1", name="one"), edge("e", "p1", "p1", weight=2.0)])
    dms.post("/models/views/delete", items=[{k: v for k, v in PUMP.items() if k != "type"}])
    dms.post("/models/containers/delete", items=[{"space": SPACE, "externalId": "Pump"}])
    got = dms.post(INSTANCES + "/byids", items=[{"instanceType": "node", "space": SPACE, "externalId": "p1"}])
    assert [i["externalId"] for i in got["items"]] == ["p1"]  # the node stays, without the container's data
    has_pump = {"hasData": [{"type": "container", "space": SPACE, "externalId": "Pump"}]}
    assert dms.post(INSTANCES + "/list", filter=has_pump)["items"] == []
    dms.post("/models/views/delete", items=[{k: v for k, v in LINK.items() if k != "type"}])
    dms.post("/models/containers/delete", items=[{"space": SPACE, "externalId": "Link"}])
    err = dms.post("/models/spaces/delete", items=[{"space": SPACE}], expect=400)
    assert SPACE in err["error"]["message"]
    dms.post(INSTANCES + "/delete", items=[{"instanceType": "node", "space": SPACE, "externalId": "p1"}])
    dms.post("/models/spaces/delete", items=[{"space": SPACE}])  # empty now (the edge went with its node)


def test_dump_load_reset(emu: Emulator, dms: Api) -> None:
    dms.post(INSTANCES, items=[node("p1", flow=3.0), node("p2"), edge("e", "p1", "p2")])
    svc = emu.resource("dms_instances")
    state = svc.dump()
    svc.reset()
    assert dms.post(INSTANCES + "/list")["items"] == []
    svc.load(state)
    assert pump_props(retrieve(dms, "p1")[0])["flow"] == 3.0
    assert [e["externalId"] for e in dms.post(INSTANCES + "/list", instanceType="edge")["items"]] == ["e"]


def test_state_file_round_trip(emu: Emulator, dms: Api, tmp_path: Any) -> None:
    dms.post(
        INSTANCES, items=[node("p1", flow=3.0, parent={"space": SPACE, "externalId": "p0"}), edge("e", "p1", "p0")]
    )
    emu.save(tmp_path / "state.json")
    again = Emulator(seed=1)
    again.load(tmp_path / "state.json")
    with again.client() as http:
        api = Api(http)
        assert pump_props(retrieve(api, "p1")[0])["parent"] == {"space": SPACE, "externalId": "p0"}
        assert [e["externalId"] for e in api.post(INSTANCES + "/list", instanceType="edge")["items"]] == ["e"]
        (stats,) = api.post("/models/statistics/spaces/byids", items=[{"space": SPACE}])["items"]
        assert (stats["nodes"], stats["edges"]) == (2, 1)
        api.post("/models/spaces/delete", items=[{"space": SPACE}], expect=400)  # loaded instances keep it in use


def test_bulk_apply_and_list_are_fast(dms: Api) -> None:
    """20k nodes in 20 requests of 1000, listed back in pages of 1000 (the per-request times are reported)."""
    start = time.perf_counter()
    for b in range(20):
        dms.post(INSTANCES, items=[node(f"n{b}-{i}", flow=float(i)) for i in range(APPLY_LIMIT)])
    apply_s = (time.perf_counter() - start) / 20
    start = time.perf_counter()
    listed = dms.list_all(INSTANCES + "/list", {"limit": LIST_LIMIT_MAX})
    list_s = (time.perf_counter() - start) / 20
    assert len(listed) == 20_000
    print(f"apply: {apply_s * 1000:.0f} ms per 1000 nodes, list: {list_s * 1000:.0f} ms per page of 1000")
    assert apply_s < 1.0 and list_s < 0.5
