"""client.data_modeling.graphql against the emulator: DML becomes containers, views and a data model; queries run
on the instances (sync and async clients)."""

from __future__ import annotations

import pytest

from cognite.client.data_classes.data_modeling import (
    DataModelId,
    EdgeApply,
    NodeApply,
    NodeOrEdgeData,
    SpaceApply,
    ViewId,
)
from cognite.client.data_classes.data_modeling.data_types import DirectRelation, Float64, Int64, Text
from cognite.client.data_classes.data_modeling.graphql import DMLApplyResult
from cognite.client.exceptions import CogniteGraphQLError
from tests.conftest import PROJECT

SPACE = "gql"
MODEL = (SPACE, "Plant", "1")
DML = """
type Site {
  name: String!
  country: String
}

type Pump {
  name: String!
  power: Float
  rpm: Int64
  running: Boolean
  tags: [String]
  site: Site
  neighbours: [Pump]
}
"""


async def _model(client, resolve) -> DMLApplyResult:
    await resolve(client.data_modeling.spaces.apply(SpaceApply(SPACE)))
    return await resolve(client.data_modeling.graphql.apply_dml(MODEL, DML, name="Plant", description="Pumps"))


def _pump(xid: str, name: str, power: float | None, **more: object) -> NodeApply:
    props = {"name": name, "power": power, **more}
    return NodeApply(SPACE, xid, sources=[NodeOrEdgeData(ViewId(SPACE, "Pump", "1"), props)])


async def _data(client, resolve) -> None:
    site = NodeApply(SPACE, "oslo", sources=[NodeOrEdgeData(ViewId(SPACE, "Site", "1"), {"name": "Oslo"})])
    pumps = [
        _pump(
            "p1", "alpha", 10.0, rpm=1500, running=True, tags=["a", "b"], site={"space": SPACE, "externalId": "oslo"}
        ),
        _pump("p2", "beta", 20.5, running=False),
        _pump("p3", "alphabet", None),
        _pump("p4", "gamma", 30.0),
    ]
    edge = EdgeApply(SPACE, "p1-p2", type=(SPACE, "Pump.neighbours"), start_node=(SPACE, "p1"), end_node=(SPACE, "p2"))
    await resolve(client.data_modeling.instances.apply([site, *pumps], edges=[edge]))


async def _query(client, resolve, query: str, variables: dict | None = None) -> dict:
    return await resolve(client.data_modeling.graphql.query(MODEL, query, variables))


async def test_apply_dml_creates_containers_views_and_data_model(client, resolve):
    res = await _model(client, resolve)
    assert isinstance(res, DMLApplyResult)
    assert res.as_id() == DataModelId(*MODEL) and (res.name, res.description) == ("Plant", "Pumps")
    model = (await resolve(client.data_modeling.data_models.retrieve(MODEL, inline_views=True)))[0]
    assert model.name == "Plant" and sorted(v.external_id for v in model.views) == ["Pump", "Site"]
    pump = next(v for v in model.views if v.external_id == "Pump")
    assert pump.version == "1"
    props = pump.properties
    assert isinstance(props["name"].type, Text) and props["name"].nullable is False
    assert isinstance(props["power"].type, Float64) and isinstance(props["rpm"].type, Int64)
    assert props["tags"].type.is_list is True
    assert isinstance(props["site"].type, DirectRelation) and props["site"].source == ViewId(SPACE, "Site", "1")
    assert props["neighbours"].type.external_id == "Pump.neighbours"
    containers = await resolve(client.data_modeling.containers.retrieve([(SPACE, "Pump"), (SPACE, "Site")]))
    assert sorted(c.external_id for c in containers) == ["Pump", "Site"]


async def test_list_with_selection_filter_and_sort(client, resolve):
    await _model(client, resolve)
    await _data(client, resolve)
    data = await _query(client, resolve, "{ listPump(sort: [{name: ASC}]) { items { externalId name power tags } } }")
    items = data["listPump"]["items"]
    assert [i["externalId"] for i in items] == ["p1", "p3", "p2", "p4"]
    assert items[0] == {"externalId": "p1", "name": "alpha", "power": 10.0, "tags": ["a", "b"]}
    assert items[1]["power"] is None

    async def names(flt: str) -> list[str]:
        q = f"{{ listPump(filter: {flt}, sort: [{{name: ASC}}]) {{ items {{ name }} }} }}"
        return [i["name"] for i in (await _query(client, resolve, q))["listPump"]["items"]]

    assert await names('{name: {eq: "beta"}}') == ["beta"]
    assert await names('{name: {in: ["beta", "gamma"]}}') == ["beta", "gamma"]
    assert await names('{name: {prefix: "alpha"}}') == ["alpha", "alphabet"]
    assert await names("{power: {gte: 20.5}}") == ["beta", "gamma"]
    assert await names("{power: {gt: 10, lt: 30}}") == ["beta"]
    assert await names("{power: {isNull: true}}") == ["alphabet"]
    assert await names("{running: {eq: false}}") == ["beta"]
    assert await names('{or: [{name: {eq: "beta"}}, {externalId: {eq: "p4"}}]}') == ["beta", "gamma"]
    assert await names('{and: [{name: {prefix: "a"}}, {not: {name: {eq: "alpha"}}}]}') == ["alphabet"]


async def test_variables_and_paging_with_first_and_after(client, resolve):
    await _model(client, resolve)
    await _data(client, resolve)
    query = """
    query Page($after: String) {
      listPump(first: 3, after: $after) { items { externalId } pageInfo { hasNextPage endCursor } }
    }"""
    first = (await _query(client, resolve, query))["listPump"]
    assert len(first["items"]) == 3 and first["pageInfo"]["hasNextPage"] is True
    second = (await _query(client, resolve, query, {"after": first["pageInfo"]["endCursor"]}))["listPump"]
    assert len(second["items"]) == 1 and second["pageInfo"] == {"hasNextPage": False, "endCursor": None}
    seen = [i["externalId"] for i in first["items"] + second["items"]]
    assert sorted(seen) == ["p1", "p2", "p3", "p4"]


async def test_get_by_id_relations_and_edges(client, resolve):
    await _model(client, resolve)
    await _data(client, resolve)
    query = """
    query One($id: _InstanceRef!) {
      getPumpById(instance: $id) {
        items { name site { name country } neighbours { items { externalId name } } createdTime }
      }
    }"""
    data = await _query(client, resolve, query, {"id": {"space": SPACE, "externalId": "p1"}})
    (pump,) = data["getPumpById"]["items"]
    assert pump["site"] == {"name": "Oslo", "country": None}
    assert pump["neighbours"]["items"] == [{"externalId": "p2", "name": "beta"}]
    assert pump["createdTime"].endswith("Z")
    missing = await _query(client, resolve, query, {"id": {"space": SPACE, "externalId": "nope"}})
    assert missing["getPumpById"]["items"] == []
    other = await _query(client, resolve, query, {"id": {"space": SPACE, "externalId": "p2"}})
    assert other["getPumpById"]["items"][0]["site"] is None


@pytest.mark.parametrize(
    "query, message",
    [
        ("{ listPump { items { nope } } }", "Cannot query field 'nope'"),
        ('{ searchPump(query: "a") { items { name } } }', "Cannot query field 'searchPump'"),
        ("{ aggregatePump { items { count } } }", "Cannot query field 'aggregatePump'"),
        ('{ listPump(filter: {tags: {eq: "a"}}) { items { name } } }', "unknown field 'tags'"),
        ("{ listPump(first: 5000) { items { name } } }", "first must be between 1 and 1000"),
        ("mutation { upsertPump { name } }", "mutation"),
        ("{ listPump { items { name }", "Syntax Error"),
    ],
)
async def test_what_the_api_does_not_declare_is_a_graphql_error(client, resolve, query, message):
    await _model(client, resolve)
    with pytest.raises(CogniteGraphQLError) as info:
        await _query(client, resolve, query)
    assert message in info.value.errors[0].message


async def test_unknown_data_model_is_a_graphql_error(client, resolve):
    with pytest.raises(CogniteGraphQLError, match="does not exist"):
        await resolve(client.data_modeling.graphql.query((SPACE, "Nope", "1"), "{ listPump { items { name } } }"))


@pytest.mark.parametrize(
    "dml, kind, line",
    [
        ("type Pump { name: String", "SyntaxError", 1),
        ("type Pump {\n  site: Plant\n}", "UnknownType", 2),
        ("type Pump @container { name: String }", "UnsupportedDirective", 1),
        ("enum Kind { A B }", "UnsupportedDefinition", 1),
        ("type Pump {\n  space: String\n}", "ReservedField", 2),
    ],
)
async def test_bad_dml_is_a_graphql_error_and_changes_nothing(client, resolve, dml, kind, line):
    await resolve(client.data_modeling.spaces.apply(SpaceApply(SPACE)))
    with pytest.raises(CogniteGraphQLError) as info:
        await resolve(client.data_modeling.graphql.apply_dml(MODEL, dml))
    (error,) = info.value.errors
    assert error.kind == kind and error.location["start"]["line"] == line
    assert len(await resolve(client.data_modeling.data_models.list())) == 0
    assert len(await resolve(client.data_modeling.views.list())) == 0


async def test_a_dml_the_schema_rejects_changes_nothing(client, resolve):
    await _model(client, resolve)
    changed = "type Site { name: Int }\ntype Extra { x: String }"  # Site.name: text -> int32 is not allowed
    with pytest.raises(CogniteGraphQLError) as info:
        await resolve(client.data_modeling.graphql.apply_dml((SPACE, "Plant", "2"), changed))
    assert info.value.errors[0].kind == "DataModelingError"
    assert [c.external_id for c in await resolve(client.data_modeling.containers.list())] == ["Site", "Pump"]
    assert len(await resolve(client.data_modeling.data_models.list(all_versions=True))) == 1


async def test_missing_space_is_a_dml_error(client, resolve):
    with pytest.raises(CogniteGraphQLError) as info:
        await resolve(client.data_modeling.graphql.apply_dml(MODEL, DML))
    assert info.value.errors[0].kind == "SpaceNotFound"


async def _versions(client, resolve, version: str, dml: str) -> dict[str, str]:
    res = await resolve(client.data_modeling.graphql.apply_dml((SPACE, "Plant", version), dml, previous_version="1"))
    model = (await resolve(client.data_modeling.data_models.retrieve(res.as_id())))[0]
    return {v.external_id: v.version for v in model.views}


async def test_previous_version_keeps_unchanged_view_versions(client, resolve):
    await _model(client, resolve)
    pump_changed = DML.replace("running: Boolean", "running: Boolean\n  vendor: String")
    assert await _versions(client, resolve, "2", pump_changed) == {"Pump": "2", "Site": "1"}
    # Site changes, so Pump (whose site names Site's version) gets a new version too
    site_changed = DML.replace("country: String", "country: String\n  population: Int")
    assert await _versions(client, resolve, "3", site_changed) == {"Pump": "3", "Site": "3"}
    assert await _versions(client, resolve, "4", DML) == {"Pump": "1", "Site": "1"}


async def test_interfaces_share_the_interface_container(client, resolve):
    await resolve(client.data_modeling.spaces.apply(SpaceApply(SPACE)))
    dml = "interface Asset { name: String }\ntype Pump implements Asset { name: String\n power: Float }"
    await resolve(client.data_modeling.graphql.apply_dml(MODEL, dml))
    views = await resolve(client.data_modeling.views.retrieve([(SPACE, "Pump", "1")]))
    pump = views[0]
    assert pump.implements == [ViewId(SPACE, "Asset", "1")]
    assert pump.properties["name"].container.external_id == "Asset"
    assert pump.properties["power"].container.external_id == "Pump"
    node = NodeApply(SPACE, "p", sources=[NodeOrEdgeData(ViewId(SPACE, "Pump", "1"), {"name": "x", "power": 1.0})])
    await resolve(client.data_modeling.instances.apply(node))
    data = await _query(client, resolve, "{ listAsset { items { name } } listPump { items { name power } } }")
    assert data == {"listAsset": {"items": [{"name": "x"}]}, "listPump": {"items": [{"name": "x", "power": 1.0}]}}


async def test_bad_input_fails_before_any_request(client, resolve, emulator):
    before = len(emulator.requests.find("POST", "/dml/graphql"))
    with pytest.raises(ValueError, match="version"):
        await resolve(client.data_modeling.graphql.apply_dml((SPACE, "Plant"), DML))
    with pytest.raises(ValueError, match="dml"):
        await resolve(client.data_modeling.graphql.apply_dml(MODEL, "  "))
    with pytest.raises(TypeError, match="variables"):
        await resolve(client.data_modeling.graphql.query(MODEL, "{ x }", variables=[1]))  # type: ignore[arg-type]
    assert len(emulator.requests.find("POST", "/dml/graphql")) == before


def test_dml_versions_are_kept(sync_client, emulator):
    sync_client.data_modeling.spaces.apply(SpaceApply(SPACE))
    sync_client.data_modeling.graphql.apply_dml(MODEL, DML)
    query = '{ graphQlDmlVersionsById(space: "gql", externalId: "Plant") { items { version graphQlDml } } }'
    reply = emulator.client().post(f"/api/v1/projects/{PROJECT}/dml/graphql", json={"query": query}).json()
    assert reply == {"data": {"graphQlDmlVersionsById": {"items": [{"version": "1", "graphQlDml": DML}]}}}
