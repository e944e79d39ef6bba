"""The official SDK and ours run the same data-modeling instances example (after the official docs' examples)
against the emulator and get the same results."""

from __future__ import annotations

import json
import textwrap
from typing import Any

from cognite.client import CogniteClient
from cognite.client.config import ClientConfig
from cognite.client.credentials import Token
from tests.conformance.conftest import ServedEmulator
from tests.emulator.conftest import Api
from tests.emulator.dms_fixtures import install_schema

# `client`, `PARAMS` and `emit` are given; PARAMS["p"] prefixes the external ids so both runs share one emulator
EXAMPLE = """
from cognite.client.data_classes import filters
from cognite.client.data_classes.aggregations import Avg, Count
from cognite.client.data_classes.data_modeling import EdgeApply, EdgeId, NodeApply, NodeId, NodeOrEdgeData, ViewId

p = PARAMS["p"]
view = ViewId("sp", "Pump", "v1")
nodes = [
    NodeApply("sp", f"{p}pump{i}", sources=[NodeOrEdgeData(view, {"tag": f"{p}t{i}", "name": f"pump {i}", "flow": float(i)})])
    for i in range(1200)
]
edge = EdgeApply("sp", f"{p}link", type=("sp", "flows"), start_node=("sp", f"{p}pump0"), end_node=("sp", f"{p}pump1"))
res = client.data_modeling.instances.apply(nodes)
# the edge goes after its nodes: in one call its auto-created end nodes may race the node chunks (versions 1 or 2)
res_edge = client.data_modeling.instances.apply(edges=edge, auto_create_start_nodes=True, auto_create_end_nodes=True)
again = client.data_modeling.instances.apply(nodes[:2])
strip = lambda s: s[len(p):]
one = client.data_modeling.instances.retrieve_nodes(NodeId("sp", f"{p}pump3"), sources=view)
both = client.data_modeling.instances.retrieve(nodes=[("sp", f"{p}pump1"), ("sp", f"{p}nope")], edges=("sp", f"{p}link"))
mine = filters.Prefix(["node", "externalId"], p)
big = client.data_modeling.instances.list(
    instance_type="node", sources=[view], filter=mine & filters.Range(view.as_property_ref("flow"), gte=1195), limit=None
)
everything = client.data_modeling.instances.list(filter=mine, space="sp", limit=-1)
edges = client.data_modeling.instances.list(instance_type="edge", filter=filters.Prefix(["edge", "externalId"], p), limit=5)
count = client.data_modeling.instances.aggregate(view, Count("tag"), filter=mine)
avg = client.data_modeling.instances.aggregate(view, Avg("flow"), filter=mine)
deleted = client.data_modeling.instances.delete(nodes=NodeId("sp", f"{p}pump5"), edges=EdgeId("sp", f"{p}link"))
gone = client.data_modeling.instances.retrieve_nodes(("sp", f"{p}pump5"))
emit({
    "applied": [(n.instance_type if hasattr(n, "instance_type") else "node", strip(n.external_id), n.version, n.was_modified) for n in res.nodes],
    "applied_edges": [(strip(e.external_id), e.version) for e in res_edge.edges],
    "again": [(strip(n.external_id), n.version, n.was_modified) for n in again.nodes],
    "one": [strip(one.external_id), one.properties[view]["name"], one.properties[view]["flow"], one.version],
    "both": [[strip(n.external_id) for n in both.nodes], [strip(e.external_id) for e in both.edges]],
    "big": sorted((strip(n.external_id), n.properties[view]["flow"]) for n in big),
    "everything": len(everything),
    "edges": [(strip(e.external_id), e.start_node.external_id.replace(p, ""), e.end_node.external_id.replace(p, "")) for e in edges],
    "count": count.value,
    "avg": avg.value,
    "deleted": [[strip(n.external_id) for n in deleted.nodes], [strip(e.external_id) for e in deleted.edges]],
    "gone": gone,
})
"""


def run_ours(served: ServedEmulator, **params: Any) -> Any:
    client = CogniteClient(
        ClientConfig(client_name="ours", project=served.project, credentials=Token("t"), base_url=served.base_url)
    )
    out: list[Any] = []
    exec(textwrap.dedent(EXAMPLE), {"client": client, "PARAMS": params, "emit": out.append})  # noqa: S102
    return json.loads(json.dumps(out[0], default=str))


def test_instances_example_same_results(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    with conformance_emulator.emu.client() as http:
        install_schema(Api(http, conformance_emulator.project))
    official = run_official(EXAMPLE, p="off_")
    ours = run_ours(conformance_emulator, p="our_")
    assert ours == official
    assert len(official["applied"]) == 1200 and official["everything"] == 1200  # chunked: 1000 + 200
    assert official["again"] == [["pump0", 1, False], ["pump1", 1, False]] and official["count"] == 1200
    assert [row[0] for row in official["big"]] == ["pump1195", "pump1196", "pump1197", "pump1198", "pump1199"]
    assert official["deleted"] == [["pump5"], ["link"]] and official["gone"] is None


def test_official_doc_examples_same_results_with_ours(run_official: Any) -> None:
    """The official docs' instance examples (as tests/conformance/test_dms_instances_conformance.py runs them with
    the official SDK) give the same output with our SDK, each SDK against its own fresh emulator."""
    from cognite.emulator import Emulator
    from tests.conformance import test_dms_instances_conformance as docs

    steps = [docs.APPLY, docs.READ, docs.SEARCH_AGGREGATE, docs.DELETE]
    imports = docs.SCHEMA[: docs.SCHEMA.index("SPACES =")]  # the names APPLY uses
    official = [run_official(docs.SCHEMA + docs.APPLY), *(run_official(step) for step in steps[1:])]
    with Emulator(seed=2026).serve_in_thread() as base_url:
        run_official(docs.SCHEMA, base_url=base_url)  # the schema side is the schema engineers' (same for both)
        ours = [_run(base_url, imports + s) for s in steps]
    assert ours == official


def _run(base_url: str, script: str) -> Any:
    client = CogniteClient(
        ClientConfig(client_name="ours", project="conformance", credentials=Token("t"), base_url=base_url)
    )
    out: list[Any] = []
    exec(textwrap.dedent(script), {"client": client, "PARAMS": {}, "emit": out.append})  # noqa: S102
    return json.loads(json.dumps(out[0], default=str)) if out else None
