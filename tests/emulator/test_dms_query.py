"""The emulator's `POST /models/instances/query` over HTTP: node and edge result sets, chaining through direct
relations and edges in both directions, traversal options, per-set limits and cursors, sort / postSort, select,
parameters, set operations, typing, and 400s for bad expressions."""

from __future__ import annotations

from typing import Any

import pytest

from cognite.emulator.validation import spec_available
from tests.emulator.conftest import Api
from tests.emulator.dms_fixtures import LINK, PUMP, SPACE, install_schema
from tests.emulator.test_dms_instances import edge, node

QUERY = "/models/instances/query"
FLOW = [SPACE, "Pump/v1", "flow"]
PARENT_THROUGH = {"source": PUMP, "identifier": "parent"}


def ref(xid: str) -> dict[str, str]:
    return {"space": SPACE, "externalId": xid}


@pytest.fixture
def graph(api: Api) -> Api:
    """p0 -> p1 -> p2 -> p3 (edges e01, e12, e23), p0 -> p4 (e04); p1..p3 have parent p0 (a direct relation)."""
    install_schema(api)
    nodes = [node("p0", flow=0.0)] + [node(f"p{i}", flow=float(i), parent=ref("p0")) for i in (1, 2, 3)]
    nodes.append(node("p4", flow=4.0, name="four"))
    edges = [edge(f"e{a}{b}", f"p{a}", f"p{b}", weight=float(a + b)) for a, b in ((0, 1), (1, 2), (2, 3), (0, 4))]
    api.post("/models/instances", items=nodes + edges)
    return api


def run(api: Api, with_: dict[str, Any], select: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    select = select if select is not None else {name: {} for name in with_}
    return api.post(QUERY, **{"with": with_, "select": select, **extra})


def xids(reply: dict[str, Any], name: str) -> list[str]:
    return [i["externalId"] for i in reply["items"][name]]


def test_root_node_set_with_filter_select_and_typing(graph: Api) -> None:
    reply = run(
        graph,
        {"big": {"nodes": {"filter": {"range": {"property": FLOW, "gt": 1.5}}}}},
        {"big": {"sources": [{"source": PUMP, "properties": ["flow", "name"]}]}},
        includeTyping=True,
    )
    assert xids(reply, "big") == ["p2", "p3", "p4"]
    assert reply["items"]["big"][2]["properties"] == {SPACE: {"Pump/v1": {"flow": 4.0, "name": "four"}}}
    assert reply["nextCursor"] == {}
    assert set(reply["typing"]["big"][SPACE]["Pump/v1"]) >= {"flow", "name"}
    everything = run(graph, {"n": {"nodes": {}}}, {"n": {"sources": [{"source": PUMP, "properties": ["*"]}]}})
    assert everything["items"]["n"][1]["properties"][SPACE]["Pump/v1"]["parent"] == ref("p0")
    assert "typing" not in everything


def test_parameters_fill_filter_values(graph: Api) -> None:
    flt = {"equals": {"property": ["node", "externalId"], "value": {"parameter": "which"}}}
    assert xids(run(graph, {"n": {"nodes": {"filter": flt}}}, parameters={"which": "p3"}), "n") == ["p3"]
    body = {"with": {"n": {"nodes": {"filter": flt}}}, "select": {"n": {}}}
    assert "which" in graph.post(QUERY, body, expect=400)["error"]["message"]


def test_edges_and_their_end_nodes_in_both_directions(graph: Api) -> None:
    start = {"nodes": {"filter": {"equals": {"property": ["node", "externalId"], "value": "p1"}}}}
    out = run(
        graph,
        {
            "start": start,
            "out": {"edges": {"from": "start", "maxDistance": 1}},
            "dest": {"nodes": {"from": "out"}},
            "src": {"nodes": {"from": "out", "chainTo": "source"}},
            "in": {"edges": {"from": "start", "direction": "inwards", "maxDistance": 1}},
            "upstream": {"nodes": {"from": "in"}},
        },
    )
    assert xids(out, "out") == ["e12"]
    assert xids(out, "dest") == ["p2"]
    assert xids(out, "src") == ["p1"]
    assert xids(out, "in") == ["e01"]
    assert xids(out, "upstream") == ["p0"]  # inwards: destination is the start node


def test_traversal_depth_node_and_termination_filters_and_limit_each(graph: Api) -> None:
    root = {"nodes": {"filter": {"equals": {"property": ["node", "externalId"], "value": "p0"}}}}
    deep = run(graph, {"root": root, "all": {"edges": {"from": "root"}}})
    assert sorted(xids(deep, "all")) == ["e01", "e04", "e12", "e23"]
    two = run(graph, {"root": root, "two": {"edges": {"from": "root", "maxDistance": 2}}})
    assert sorted(xids(two, "two")) == ["e01", "e04", "e12"]
    not_p4 = {"not": {"equals": {"property": ["node", "externalId"], "value": "p4"}}}
    filtered = run(graph, {"root": root, "f": {"edges": {"from": "root", "nodeFilter": not_p4}}})
    assert sorted(xids(filtered, "f")) == ["e01", "e12", "e23"]
    stop_at_p2 = {"equals": {"property": ["node", "externalId"], "value": "p2"}}
    stopped = run(graph, {"root": root, "s": {"edges": {"from": "root", "terminationFilter": stop_at_p2}}})
    assert sorted(xids(stopped, "s")) == ["e01", "e04", "e12"]
    heavy = {"range": {"property": [SPACE, "Link/v1", "weight"], "gte": 3}}
    by_edge = run(graph, {"root": root, "h": {"edges": {"from": "root", "filter": heavy}}})
    assert xids(by_edge, "h") == ["e04"]
    each = run(graph, {"root": root, "one": {"edges": {"from": "root", "maxDistance": 1, "limitEach": 1}}})
    assert len(each["items"]["one"]) == 1


def test_through_a_direct_relation_outwards_and_inwards(graph: Api) -> None:
    three = {"nodes": {"filter": {"equals": {"property": ["node", "externalId"], "value": "p3"}}}}
    parent = run(
        graph, {"c": three, "parent": {"nodes": {"from": "c", "through": PARENT_THROUGH, "direction": "outwards"}}}
    )
    assert xids(parent, "parent") == ["p0"]
    zero = {"nodes": {"filter": {"equals": {"property": ["node", "externalId"], "value": "p0"}}}}
    children = run(graph, {"p": zero, "kids": {"nodes": {"from": "p", "through": PARENT_THROUGH}}})  # inwards
    assert xids(children, "kids") == ["p1", "p2", "p3"]
    container = {"source": {"type": "container", "space": SPACE, "externalId": "Pump"}, "identifier": "parent"}
    by_container = run(graph, {"p": zero, "kids": {"nodes": {"from": "p", "through": container}}})
    assert xids(by_container, "kids") == ["p1", "p2", "p3"]


def test_limits_and_one_cursor_per_result_set(graph: Api) -> None:
    with_ = {"n": {"nodes": {}, "limit": 2}, "e": {"edges": {"from": "n"}, "limit": 1}}
    first = run(graph, with_)
    assert xids(first, "n") == ["p0", "p1"]
    assert set(first["nextCursor"]) == {"n", "e"}
    # Paging the chained set keeps its parent's page (the parent's cursor is not given).
    seen_e = xids(first, "e")
    cursors = {"e": first["nextCursor"]["e"]}
    while cursors:
        page = run(graph, with_, cursors=cursors)
        assert xids(page, "n") == ["p0", "p1"]
        seen_e += xids(page, "e")
        cursors = {"e": page["nextCursor"]["e"]} if "e" in page["nextCursor"] else {}
    assert sorted(seen_e) == ["e01", "e04", "e12", "e23"]
    # Paging the parent recomputes the chained set from the parent's new page.
    second = run(graph, with_, cursors={"n": first["nextCursor"]["n"]})
    assert xids(second, "n") == ["p2", "p3"]
    assert xids(second, "e") == ["e23"]
    assert run(graph, with_, cursors={"n": first["nextCursor"]["n"]}) == second  # a retry gives the same page


def test_pages_neither_repeat_nor_skip_when_instances_come_and_go(graph: Api) -> None:
    flow_sort = {"n": {"nodes": {}, "limit": 2, "sort": [{"property": FLOW}]}}
    first = run(graph, flow_sort)
    assert xids(first, "n") == ["p0", "p1"]
    graph.post("/models/instances", items=[node("early", flow=-1.0), node("p2b", flow=2.5)])
    graph.post("/models/instances/delete", items=[{"instanceType": "node", "space": SPACE, "externalId": "p0"}])
    seen, cursors = [], {"n": first["nextCursor"]["n"]}
    while cursors:
        page = run(graph, flow_sort, cursors=cursors)
        seen += xids(page, "n")
        cursors = {"n": page["nextCursor"]["n"]} if page["nextCursor"] else {}
    assert seen == ["p2", "p2b", "p3", "p4"]  # after p1 in flow order: the earlier insert and delete shift nothing


def test_sort_post_sort_and_select_sort(graph: Api) -> None:
    desc = [{"property": FLOW, "direction": "descending"}]
    assert xids(run(graph, {"n": {"nodes": {}, "sort": desc, "limit": 3}}), "n") == ["p4", "p3", "p2"]
    nulls = [{"property": [SPACE, "Pump/v1", "name"], "nullsFirst": False}]
    assert xids(run(graph, {"n": {"nodes": {}, "sort": nulls}}), "n")[0] == "p4"
    weight = [{"property": [SPACE, "Link/v1", "weight"], "direction": "descending"}]
    post = run(graph, {"e": {"edges": {}, "postSort": weight}})
    assert xids(post, "e") == ["e23", "e04", "e12", "e01"]
    selected = run(graph, {"n": {"nodes": {}}}, {"n": {"sort": desc, "limit": 2}})
    assert xids(selected, "n") == ["p4", "p3"]


def test_set_operations(graph: Api) -> None:
    def by_xids(*names: str) -> dict[str, Any]:
        return {"nodes": {"filter": {"in": {"property": ["node", "externalId"], "values": list(names)}}}}

    with_: dict[str, Any] = {
        "a": by_xids("p0", "p1", "p2"),
        "b": by_xids("p2", "p3"),
        "u": {"union": ["a", "b"]},
        "ua": {"unionAll": ["a", "b"]},
        "i": {"intersection": ["a", "b"]},
        "x": {"union": ["a", {"intersection": ["a", "b"]}], "except": ["b"]},
    }
    reply = run(graph, with_)
    assert xids(reply, "u") == ["p0", "p1", "p2", "p3"]
    assert xids(reply, "ua") == ["p0", "p1", "p2", "p2", "p3"]
    assert xids(reply, "i") == ["p2"]
    assert xids(reply, "x") == ["p0", "p1"]


@pytest.mark.parametrize(
    ("with_", "select", "needle"),
    [
        ({"a": {"nodes": {"from": "nowhere"}}}, None, "nowhere"),
        ({"a": {"nodes": {"from": "b"}}, "b": {"edges": {"from": "a"}}}, None, "cycle"),
        ({"a": {"nodes": {}, "edges": {}}}, None, "exactly one"),
        ({"a": {"nodes": {}, "limit": 10_001}}, None, "limit"),
        ({"a": {"nodes": {}}}, {"zzz": {}}, "zzz"),
        ({"a": {"nodes": {"filter": {"bogus": {}}}}}, None, "bogus"),
        ({"a": {"nodes": {}}, "b": {"edges": {"from": "a", "direction": "sideways"}}}, None, "direction"),
        ({"a": {"nodes": {}}, "b": {"union": ["a", "c"]}}, None, "c"),
        ({"a": {"nodes": {"through": PARENT_THROUGH}}}, None, "through"),
    ],
)
def test_bad_queries_are_400s(graph: Api, with_: dict[str, Any], select: Any, needle: str) -> None:
    body = {"with": with_, "select": select if select is not None else {"a": {}}}
    assert needle in graph.post(QUERY, body, expect=400)["error"]["message"]


def test_unit_conversion_is_refused_not_ignored(graph: Api) -> None:
    units = [{"property": "flow", "unit": {"externalId": "pressure:bar"}}]
    select = {"n": {"sources": [{"source": PUMP, "properties": ["flow"], "targetUnits": units}]}}
    body = {"with": {"n": {"nodes": {}}}, "select": select}
    assert "targetUnits" in graph.post(QUERY, body, expect=400)["error"]["message"]


def test_bad_cursor_is_a_400(graph: Api) -> None:
    body = {"with": {"a": {"nodes": {}}}, "select": {"a": {}}, "cursors": {"a": "!!not-a-cursor"}}
    assert "cursor" in graph.post(QUERY, body, expect=400)["error"]["message"]


def test_debug_without_results(graph: Api) -> None:
    quiet = run(graph, {"n": {"nodes": {}, "limit": 1}}, debug={"emitResults": False, "profile": True})
    assert quiet == {"items": {"n": []}, "nextCursor": {}, "debug": {"notices": []}}
    loud = run(graph, {"n": {"nodes": {}, "limit": 1}}, debug={"emitResults": True})
    assert len(loud["items"]["n"]) == 1 and loud["debug"] == {"notices": []}
    assert (
        "debug"
        in graph.post(QUERY, {"with": {"n": {"nodes": {}}}, "select": {"n": {}}, "debug": 1}, expect=400)["error"][
            "message"
        ]
    )


@pytest.mark.skipif(not spec_available(), reason="the OpenAPI spec is missing (make fetch-spec)")
def test_query_and_sync_limits_match_spec() -> None:
    import orjson

    from cognite.emulator.dms import query, query_sort, sync
    from cognite.emulator.dms.spec_rules import SpecRules
    from cognite.emulator.validation import find_spec

    schemas = SpecRules(orjson.loads(find_spec().read_bytes())).schemas
    q = schemas["TableExpressionQueryLimit"]
    assert (q["default"], q["maximum"]) == (query.QUERY_LIMIT_DEFAULT, query.QUERY_LIMIT_MAX)
    s = schemas["TableExpressionSyncLimit"]
    assert (s["default"], s["maximum"]) == (sync.SYNC_LIMIT_DEFAULT, sync.SYNC_LIMIT_MAX)
    assert schemas["QueryRequest"]["properties"]["with"]["maxProperties"] == query.MAX_EXPRESSIONS
    assert schemas["QueryEdgeTableExpressionV3"]["properties"]["edges"]["properties"]["limitEach"]["maximum"] == (
        query.LIMIT_EACH_MAX
    )
    assert schemas["SourceSelectorV3"]["maxItems"] == query.MAX_SELECT_SOURCES
    assert schemas["QueryNodeTableExpressionV3"]["properties"]["sort"]["maxItems"] == query_sort.MAX_SORT
    assert schemas["BackfillSort"]["maxItems"] == query_sort.MAX_SORT
    assert sorted(schemas["SyncMode"]["enum"]) == sorted(sync.SYNC_MODES)


@pytest.mark.skipif(not spec_available(), reason="the OpenAPI spec is missing (make fetch-spec)")
def test_query_replies_match_spec(graph: Api, emu: Any) -> None:
    from cognite.emulator.validation import ResponseValidator

    emu.validator = ResponseValidator()
    run(
        graph,
        {"n": {"nodes": {}}, "e": {"edges": {"from": "n"}}, "u": {"union": ["n"]}},
        {
            "n": {"sources": [{"source": PUMP, "properties": ["*"]}]},
            "e": {"sources": [{"source": LINK, "properties": ["*"]}]},
        },
        includeTyping=True,
    )
    graph.post(QUERY, {"with": {"n": {"nodes": {"from": "x"}}}, "select": {"n": {}}}, expect=400)
    assert emu.validator.violations == []
    assert emu.validator.checked == 2
