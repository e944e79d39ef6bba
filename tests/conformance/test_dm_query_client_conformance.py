"""The official docs' ``instances.query`` / ``.sync`` / ``.subscribe`` examples (as test_dms_query_conformance.py runs
them with the official SDK) run unchanged with our SDK and give the same results, each SDK against its own fresh
emulator; the query classes of both SDKs send the same wire bodies."""

from __future__ import annotations

import json
import textwrap
from typing import Any

from cognite.client import CogniteClient
from cognite.client.config import ClientConfig
from cognite.client.credentials import Token
from cognite.emulator import Emulator
from tests.conformance import test_dms_query_conformance as docs
from tests.conformance.conftest import PROJECT


def run_ours(script: str) -> Any:
    """``script`` with our SDK's ``client`` against a fresh emulator served on a socket (as the official one is)."""
    with Emulator(seed=2026, projects=[PROJECT]).serve_in_thread() as base_url:
        client = CogniteClient(
            ClientConfig(client_name="ours", project=PROJECT, credentials=Token("t"), base_url=base_url)
        )
        out: list[Any] = []
        exec(textwrap.dedent(script), {"client": client, "PARAMS": {}, "emit": out.append})  # noqa: S102
    return json.loads(json.dumps(out[0], default=str))


def test_query_sync_subscribe_doc_examples_same_results(run_official: Any) -> None:
    official = run_official(docs.SETUP + docs.EXAMPLES)
    ours = run_ours(docs.SETUP + docs.EXAMPLES)
    assert ours == official
    assert ours["pumps"] == [["pump1", "a"], ["pump2", "b"], ["pump0", "c"]] and ours["subscribed"] == ["thing"]


def test_traversal_set_operations_and_cursors_same_results(run_official: Any) -> None:
    official = run_official(docs.SETUP + docs.FEATURES)
    ours = run_ours(docs.SETUP + docs.FEATURES)
    assert ours == official
    assert ours["years"] == [2024, 2022] and ours["more_years"] == [2020]


# The same query objects built with each SDK: their bodies on the wire must be equal.
BODIES = """
from cognite.client.data_classes.data_modeling import InstanceSort, ViewId
from cognite.client.data_classes.data_modeling.query import (
    EdgeResultSetExpression, EdgeResultSetExpressionSync, Intersection, NodeResultSetExpression,
    NodeResultSetExpressionSync, Query, QuerySync, Select, SelectSync, SourceSelector, Union, UnionAll,
)
from cognite.client.data_classes.filters import Equals, SpaceFilter

v = ViewId("s", "V", "1")
query = Query(
    with_={
        "a": NodeResultSetExpression(filter=SpaceFilter("s"), sort=[InstanceSort(v.as_property_ref("x"), "descending")], limit=5),
        "b": NodeResultSetExpression(from_="a", through=("s", "V/1", "p"), direction="inwards"),
        "c": NodeResultSetExpression(from_="a", through=("s", "C", "p")),
        "e": EdgeResultSetExpression(from_="b", max_distance=2, node_filter=Equals(["node", "space"], "s"),
                                     termination_filter=SpaceFilter("t"), limit_each=3, chain_to="source",
                                     post_sort=[InstanceSort(["edge", "externalId"])]),
        "u": Union(["a", Intersection(["b", "c"])], except_=["e"], limit=7),
        "ua": UnionAll(["a", "b"]),
    },
    select={"a": Select([SourceSelector(v, ["x", "y"])], sort=[InstanceSort(v.as_property_ref("y"))], limit=2),
            "u": Select()},
    parameters={"p": 1},
    cursors={"a": "c1"},
)
sync = QuerySync(
    with_={
        "n": NodeResultSetExpressionSync(filter=SpaceFilter("s"), sync_mode="one_phase", limit=10,
                                         skip_already_deleted=False, backfill_sort=[InstanceSort(["node", "externalId"])]),
        "m": EdgeResultSetExpressionSync(from_="n", sync_mode="no_backfill", max_distance=1),
        "k": NodeResultSetExpressionSync(from_="m", chain_to="source"),
    },
    select={"n": SelectSync([SourceSelector(v, ["*"])]), "k": SelectSync()},
    allow_expired_cursors_and_accept_missed_deletes=True,
)
emit({"query": query.dump(), "sync": sync.dump(), "query_snake": query.dump(camel_case=False)})
"""


def _normalise(value: Any) -> Any:
    return json.loads(json.dumps(value))  # tuples (the official sort properties) as lists


def test_query_classes_dump_the_same_wire_bodies(run_official: Any) -> None:
    official = run_official(BODIES)
    out: list[Any] = []
    exec(textwrap.dedent(BODIES), {"emit": out.append})  # noqa: S102
    assert _normalise(out[0]) == official
    from cognite.client.data_classes.data_modeling.query import Query, QuerySync

    assert Query.load(official["query"]).dump() == _normalise(out[0])["query"]  # our load reads the official bodies
    assert QuerySync.load(official["sync"]).dump() == _normalise(out[0])["sync"]


SIGNATURES = """
import inspect
import cognite.client.data_classes.data_modeling.query as q
names = [  # the query language's classes users construct (the abstract bases left out)
    "Query", "QuerySync", "NodeResultSetExpression", "EdgeResultSetExpression", "NodeResultSetExpressionSync",
    "EdgeResultSetExpressionSync", "Union", "UnionAll", "Intersection", "Select", "SelectSync", "SourceSelector",
    "TargetUnit", "QueryResult", "NodeListWithCursor", "EdgeListWithCursor",
]
out = {}
for n in names:
    params = list(inspect.signature(getattr(q, n).__init__).parameters.values())[1:]
    out[n] = [(p.name, str(p.kind)) for p in params if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
emit(out)
"""


def test_query_classes_have_the_official_names_and_parameters(run_official: Any) -> None:
    import inspect

    import cognite.client.data_classes.data_modeling.query as ours

    official = run_official(SIGNATURES)
    assert {"Query", "QuerySync", "NodeResultSetExpressionSync", "Union", "QueryResult"} <= set(official)
    for name, params in official.items():
        cls = getattr(ours, name)
        mine = [p for p in list(inspect.signature(cls.__init__).parameters.values())[1:]]
        assert [[p.name, str(p.kind)] for p in mine if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)] == params, name
