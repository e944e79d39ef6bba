"""The official cognite-sdk (unchanged, over a socket) on data_modeling.graphql: apply_dml, query, and its errors."""

from __future__ import annotations

from typing import Any

from tests.conformance.conftest import (  # noqa: F401 (fixtures)
    ServedEmulator,
    conformance_emulator,
    conformance_emulator_options,
    official_python,
    run_official,
)

SCRIPT = """
from cognite.client.data_classes.data_modeling import NodeApply, NodeOrEdgeData, SpaceApply, ViewId
from cognite.client.exceptions import CogniteGraphQLError
out = {}
client.data_modeling.spaces.apply(SpaceApply("conf_gql"))
res = client.data_modeling.graphql.apply_dml(
    id=("conf_gql", "Plant", "1"),
    dml="type Pump { name: String! power: Float }",
    name="Plant",
    description="Pumps",
)
out["applied"] = [res.space, res.external_id, res.version, res.name, res.description, type(res.created_time).__name__]
view = ViewId("conf_gql", "Pump", "1")
client.data_modeling.instances.apply(
    [NodeApply("conf_gql", f"p{i}", sources=[NodeOrEdgeData(view, {"name": f"pump {i}", "power": float(i)})]) for i in range(3)]
)
data = client.data_modeling.graphql.query(
    id=("conf_gql", "Plant", "1"),
    query="query Q($n: String) { listPump(filter: {name: {eq: $n}}) { items { externalId power } } }",
    variables={"n": "pump 2"},
)
out["query"] = data
try:
    client.data_modeling.graphql.query(("conf_gql", "Plant", "1"), "{ listPump { items { nope } } }")
except CogniteGraphQLError as e:
    out["query_error"] = [type(e.errors[0]).__name__, "nope" in e.errors[0].message]
try:
    client.data_modeling.graphql.apply_dml(("conf_gql", "Plant", "2"), "type Pump { name: Strin }")
except CogniteGraphQLError as e:
    out["dml_error"] = [e.errors[0].kind, e.errors[0].location["start"]["line"]]
emit(out)
"""


def test_official_sdk_graphql(conformance_emulator: ServedEmulator, run_official: Any) -> None:  # noqa: F811
    out = run_official(SCRIPT)
    assert out == {
        "applied": ["conf_gql", "Plant", "1", "Plant", "Pumps", "int"],
        "query": {"listPump": {"items": [{"externalId": "p2", "power": 2.0}]}},
        "query_error": ["GraphQLErrorSpec", True],
        "dml_error": ["UnknownType", 1],
    }
