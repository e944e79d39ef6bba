"""The emulator's DMS schema service over HTTP: spaces, containers, views, data models, their rules and limits."""

from __future__ import annotations

from typing import Any

import pytest

from cognite.emulator import Emulator
from cognite.emulator.dms.spec_rules import rules
from tests.emulator.conftest import Api

S = "my_space"
PUMP = {"type": "container", "space": S, "externalId": "Pump"}


def view_ref(xid: str, version: str = "v1") -> dict[str, Any]:
    return {"type": "view", "space": S, "externalId": xid, "version": version}


def mapped(prop: str, container: dict[str, Any] = PUMP) -> dict[str, Any]:
    return {"container": container, "containerPropertyIdentifier": prop}


@pytest.fixture
def schema(api: Api) -> Api:
    api.post("/models/spaces", items=[{"space": S}])
    api.post(
        "/models/containers",
        items=[
            {
                "space": S,
                "externalId": "Pump",
                "properties": {
                    "name": {"type": {"type": "text"}, "nullable": False},
                    "flow": {"type": {"type": "float64"}},
                    "parent": {"type": {"type": "direct"}},
                    "tags": {"type": {"type": "text", "list": True, "maxListSize": 3}},
                },
            }
        ],
    )
    return api


# -- spaces ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("space", ["space", "cdf", "edge", "1abc", "a" * 44, "with space", ""])
def test_invalid_and_reserved_space_ids_are_rejected(api: Api, space: str) -> None:
    err = api.post("/models/spaces", items=[{"space": space}], expect=400)["error"]
    assert "Space id" in err["message"]
    assert api.get("/models/spaces")["items"] == []


def test_space_apply_is_an_upsert_keeping_created_time(api: Api) -> None:
    first = api.post("/models/spaces", items=[{"space": S, "name": "a"}])["items"][0]
    second = api.post("/models/spaces", items=[{"space": S, "name": "b"}])["items"][0]
    assert second["createdTime"] == first["createdTime"] and second["name"] == "b" and second["isGlobal"] is False
    assert api.post("/models/spaces/byids", items=[{"space": S}, {"space": "nope"}])["items"] == [second]


def test_space_items_limit_comes_from_the_spec(api: Api) -> None:
    n = rules().items_max("POST", "/models/spaces")
    api.post("/models/spaces", items=[{"space": f"s{i}"} for i in range(n + 1)], expect=400)
    assert len(api.post("/models/spaces", items=[{"space": f"s{i}"} for i in range(n)])["items"]) == n


def test_space_list_pages_with_cursors(api: Api) -> None:
    api.post("/models/spaces", items=[{"space": f"s{i}"} for i in range(25)])
    page = api.get("/models/spaces")
    assert len(page["items"]) == rules().list_limit("/models/spaces").default
    seen = [s["space"] for s in page["items"]]
    while page.get("nextCursor"):
        page = api.get("/models/spaces", limit=7, cursor=page["nextCursor"])
        seen += [s["space"] for s in page["items"]]
    assert seen == [f"s{i}" for i in range(25)]
    api.get("/models/spaces", limit=1001, expect=400)


def test_only_empty_spaces_can_be_deleted_and_hooks_say_when_instances_live_there(schema: Api, emu: Emulator) -> None:
    assert "not empty" in schema.post("/models/spaces/delete", items=[{"space": S}], expect=400)["error"]["message"]
    schema.post("/models/containers/delete", items=[{"space": S, "externalId": "Pump"}])
    dms = emu.resource("dms_schema")
    dms.space_in_use.append(lambda space: space == S)
    schema.post("/models/spaces/delete", items=[{"space": S}], expect=400)
    dms.space_in_use.clear()
    assert schema.post("/models/spaces/delete", items=[{"space": S}, {"space": "gone"}])["items"] == [{"space": S}]
    assert dms.space(S) is None


# -- containers ------------------------------------------------------------------------------------------------
def test_container_read_form_has_defaults(schema: Api, emu: Emulator) -> None:
    c = schema.post("/models/containers/byids", items=[{"space": S, "externalId": "Pump"}])["items"][0]
    assert c["usedFor"] == "node" and c["isGlobal"] is False
    assert c["properties"]["name"] == {
        "type": {"type": "text", "list": False, "collation": "ucs_basic"},
        "nullable": False,
        "autoIncrement": False,
        "immutable": False,
        "constraintState": {"nullability": "current"},
    }
    assert c["properties"]["tags"]["type"]["maxListSize"] == 3
    assert emu.resource("dms_schema").container_property(S, "Pump", "flow")["type"]["type"] == "float64"


@pytest.mark.parametrize(
    ("prop", "message"),
    [
        ({"type": {"type": "text"}, "autoIncrement": True}, "autoIncrement"),
        ({"type": {"type": "int32", "maxListSize": 3}}, "maxListSize"),
        ({"type": {"type": "varchar"}}, "unknown property type"),
        ({"type": {"type": "text", "collation": "klingon"}}, "collation"),
        ({"type": {"type": "enum", "values": {}}}, "enum"),
        ({"type": {"type": "direct", "container": {"space": S, "externalId": "Missing"}}}, "does not exist"),
    ],
)
def test_bad_container_properties_are_rejected(schema: Api, prop: dict[str, Any], message: str) -> None:
    body = {"space": S, "externalId": "Other", "properties": {"p": prop}}
    assert message in schema.post("/models/containers", items=[body], expect=400)["error"]["message"]
    assert schema.post("/models/containers/byids", items=[{"space": S, "externalId": "Other"}])["items"] == []


def test_container_rules_on_update(schema: Api) -> None:
    changed = {"space": S, "externalId": "Pump", "properties": {"flow": {"type": {"type": "int64"}}}}
    err = schema.post("/models/containers", items=[changed], expect=400)["error"]
    assert "cannot change the type of property 'flow'" in err["message"]
    used_for = {"space": S, "externalId": "Pump", "usedFor": "edge", "properties": {"x": {"type": {"type": "json"}}}}
    assert "usedFor" in schema.post("/models/containers", items=[used_for], expect=400)["error"]["message"]
    added = {"space": S, "externalId": "Pump", "properties": {"extra": {"type": {"type": "boolean"}}}}
    props = schema.post("/models/containers", items=[added])["items"][0]["properties"]
    assert set(props) == {"name", "flow", "parent", "tags", "extra"}  # left-out properties are kept


def test_container_limits_and_reserved_identifiers(schema: Api) -> None:
    many = {f"p{i}": {"type": {"type": "int32"}} for i in range(101)}
    schema.post("/models/containers", items=[{"space": S, "externalId": "Big", "properties": many}], expect=400)
    reserved = {"space": S, "externalId": "R", "properties": {"externalId": {"type": {"type": "int32"}}}}
    assert "reserved" in schema.post("/models/containers", items=[reserved], expect=400)["error"]["message"]
    reserved_xid = {"space": S, "externalId": "Query", "properties": {"a": {"type": {"type": "int32"}}}}
    assert "reserved" in schema.post("/models/containers", items=[reserved_xid], expect=400)["error"]["message"]
    no_space = {"space": "nospace", "externalId": "A", "properties": {"a": {"type": {"type": "int32"}}}}
    assert "does not exist" in schema.post("/models/containers", items=[no_space], expect=400)["error"]["message"]


def test_indexes_and_constraints_are_deleted_one_by_one(schema: Api) -> None:
    body = {
        "space": S,
        "externalId": "Pump",
        "properties": {},
        "constraints": {"uq": {"constraintType": "uniqueness", "properties": ["name"]}},
        "indexes": {
            "ix": {"properties": ["name"], "cursorable": True},
            "inv": {"indexType": "inverted", "properties": ["tags"]},
        },
    }
    body["properties"] = {"name": {"type": {"type": "text"}, "nullable": False}}
    c = schema.post("/models/containers", items=[body])["items"][0]
    assert c["indexes"]["ix"] == {
        "indexType": "btree",
        "cursorable": True,
        "bySpace": False,
        "properties": ["name"],
        "state": "current",
    }
    assert c["constraints"]["uq"]["state"] == "current"
    ref = {"space": S, "containerExternalId": "Pump", "identifier": "ix"}
    assert schema.post("/models/containers/indexes/delete", items=[ref, {**ref, "identifier": "nope"}])["items"] == [
        ref
    ]
    assert schema.post("/models/containers/constraints/delete", items=[{**ref, "identifier": "uq"}])["items"]
    c = schema.post("/models/containers/byids", items=[{"space": S, "externalId": "Pump"}])["items"][0]
    assert set(c["indexes"]) == {"inv"} and c["constraints"] == {}
    bad = {**body, "indexes": {"bad": {"properties": ["missing"]}}}
    schema.post("/models/containers", items=[bad], expect=400)


def test_container_delete_calls_the_instance_hooks(schema: Api, emu: Emulator) -> None:
    deleted: list[tuple[str, str]] = []
    emu.resource("dms_schema").on_container_deleted.append(lambda s, x: deleted.append((s, x)))
    out = schema.post(
        "/models/containers/delete", items=[{"space": S, "externalId": "Pump"}, {"space": S, "externalId": "X"}]
    )
    assert out["items"] == [{"space": S, "externalId": "Pump"}] and deleted == [(S, "Pump")]


def test_container_list_filters(schema: Api) -> None:
    edge = {"space": S, "externalId": "E", "usedFor": "edge", "properties": {"w": {"type": {"type": "float32"}}}}
    schema.post("/models/containers", items=[edge])
    assert [c["externalId"] for c in schema.get("/models/containers", usedFor="edge")["items"]] == ["E"]
    assert len(schema.get("/models/containers", space=S)["items"]) == 2
    assert schema.get("/models/containers", space="other")["items"] == []


# -- views -----------------------------------------------------------------------------------------------------
def test_view_inherits_properties_and_derives_its_read_fields(schema: Api, emu: Emulator) -> None:
    schema.post(
        "/models/views",
        items=[{"space": S, "externalId": "Base", "version": "v1", "properties": {"name": mapped("name")}}],
    )
    child = {
        "space": S,
        "externalId": "Pump",
        "version": "v1",
        "implements": [view_ref("Base")],
        "properties": {
            "rate": mapped("flow"),
            "parent": {**mapped("parent"), "source": view_ref("Pump")},
            "children": {
                "connectionType": "multi_reverse_direct_relation",
                "source": view_ref("Pump"),
                "through": {"source": view_ref("Pump"), "identifier": "parent"},
            },
            "next": {"type": {"space": S, "externalId": "next"}, "source": view_ref("Pump")},
        },
    }
    v = schema.post("/models/views", items=[child])["items"][0]
    assert set(v["properties"]) == {"name", "rate", "parent", "children", "next"}
    assert v["properties"]["rate"]["container"] == PUMP and v["properties"]["rate"]["type"]["type"] == "float64"
    assert v["properties"]["children"]["targetsList"] is False
    assert v["properties"]["next"]["connectionType"] == "multi_edge_connection"
    assert v["properties"]["next"]["direction"] == "outwards"
    assert v["mappedContainers"] == [PUMP] and v["writable"] and v["queryable"] and v["usedFor"] == "node"
    own = schema.get("/models/views", includeInheritedProperties="false")["items"]
    assert "name" not in next(x for x in own if x["externalId"] == "Pump")["properties"]
    assert emu.resource("dms_schema").view(S, "Pump") == v


def test_view_not_writable_without_the_required_properties(schema: Api) -> None:
    v = schema.post(
        "/models/views", items=[{"space": S, "externalId": "V", "version": "1", "properties": {"f": mapped("flow")}}]
    )
    assert v["items"][0]["writable"] is False


@pytest.mark.parametrize(
    "props",
    [
        {"x": mapped("nope")},
        {"x": mapped("name", {**PUMP, "externalId": "Missing"})},
        {"x": {"type": {"space": S, "externalId": "t"}, "source": view_ref("Missing")}},
    ],
)
def test_views_must_reference_what_exists(schema: Api, props: dict[str, Any]) -> None:
    schema.post(
        "/models/views", items=[{"space": S, "externalId": "V", "version": "1", "properties": props}], expect=400
    )
    assert schema.get("/models/views")["items"] == []


def test_view_versions_latest_and_breaking_changes(schema: Api, emu: Emulator) -> None:
    v1 = {"space": S, "externalId": "V", "version": "1", "properties": {"n": mapped("name")}}
    schema.post("/models/views", items=[v1])
    schema.post(
        "/models/views", items=[{**v1, "version": "2", "properties": {"n": mapped("name"), "f": mapped("flow")}}]
    )
    assert emu.resource("dms_schema").view(S, "V")["version"] == "2"
    assert [v["version"] for v in schema.get("/models/views")["items"]] == ["2"]
    assert len(schema.get("/models/views", allVersions="true")["items"]) == 2
    assert len(schema.post("/models/views/byids", items=[{"space": S, "externalId": "V"}])["items"]) == 2
    err = schema.post("/models/views", items=[{**v1, "properties": {"n": mapped("flow")}}], expect=400)["error"]
    assert "use a new version" in err["message"]
    schema.post("/models/views", items=[{**v1, "name": "renamed", "properties": {}}])  # name changes are fine
    assert set(emu.resource("dms_schema").view(S, "V", "1")["properties"]) == {"n"}  # removal is a no-op, as in CDF
    implements = {**v1, "implements": [view_ref("V", "2")]}
    assert "implements" in schema.post("/models/views", items=[implements], expect=400)["error"]["message"]
    assert schema.post("/models/views/delete", items=[view_ref("V", "1")])["items"] == [
        {"space": S, "externalId": "V", "version": "1"}
    ]
    assert [v["version"] for v in schema.get("/models/views", allVersions="true")["items"]] == ["2"]


def test_deleting_a_container_drops_its_view_properties(schema: Api, emu: Emulator) -> None:
    schema.post(
        "/models/views", items=[{"space": S, "externalId": "V", "version": "1", "properties": {"n": mapped("name")}}]
    )
    schema.post("/models/containers/delete", items=[{"space": S, "externalId": "Pump"}])
    assert emu.resource("dms_schema").view(S, "V")["properties"] == {}


# -- data models -----------------------------------------------------------------------------------------------
def test_data_models_with_inline_and_referenced_views(schema: Api) -> None:
    inline = {"space": S, "externalId": "Inline", "version": "1", "properties": {"n": mapped("name")}}
    dm = {"space": S, "externalId": "M", "version": "1", "views": [inline]}
    out = schema.post("/models/datamodels", items=[dm])["items"][0]
    assert out["views"] == [view_ref("Inline", "1")]
    byids = "/api/v1/projects/test/models/datamodels/byids?inlineViews=true"
    inlined = schema.http.post(byids, json={"items": [{"space": S, "externalId": "M"}]}).json()["items"][0]
    assert inlined["views"][0]["properties"]["n"]["container"] == PUMP
    missing = {"space": S, "externalId": "M2", "version": "1", "views": [view_ref("Nope")]}
    schema.post("/models/datamodels", items=[missing], expect=400)
    schema.post("/models/datamodels", items=[{**dm, "version": "2", "views": []}])
    assert [d["version"] for d in schema.get("/models/datamodels")["items"]] == ["2"]
    assert len(schema.get("/models/datamodels", allVersions="true")["items"]) == 2
    gone = schema.post("/models/datamodels/delete", items=[{"space": S, "externalId": "M", "version": "1"}])
    assert gone["items"] == [{"space": S, "externalId": "M", "version": "1"}]


def test_statistics_count_per_space(schema: Api, emu: Emulator) -> None:
    emu.resource("dms_schema").instance_counts.append(lambda space: {"nodes": 3} if space == S else {})
    stats = schema.get("/models/statistics")
    assert stats["spaces"]["count"] == 1 and stats["containers"]["count"] == 1 and stats["instances"]["nodes"] == 3
    per = schema.post("/models/statistics/spaces/byids", items=[{"space": S}])["items"]
    assert per == [
        {
            "space": S,
            "containers": 1,
            "views": 0,
            "dataModels": 0,
            "nodes": 3,
            "edges": 0,
            "softDeletedNodes": 0,
            "softDeletedEdges": 0,
        }
    ]


# -- core data model, persistence ------------------------------------------------------------------------------
def test_core_model_is_global_and_read_only(api: Api, emu: Emulator) -> None:
    dms = emu.resource("dms_schema")
    if dms.space("cdf_cdm") is None:
        pytest.skip("no cdm_v1.json")
    assert dms.space("cdf_cdm")["isGlobal"] is True
    assert api.get("/models/spaces")["items"] == []
    assert any(s["space"] == "cdf_cdm" for s in api.get("/models/spaces", includeGlobal="true", limit=100)["items"])
    asset = dms.view("cdf_cdm", "CogniteAsset")
    assert asset["isGlobal"] and "name" in asset["properties"]  # inherited from CogniteDescribable
    api.post("/models/spaces", items=[{"space": "cdf_cdm", "name": "mine"}], expect=400)
    api.post("/models/spaces/delete", items=[{"space": "cdf_cdm"}], expect=400)
    body = {"space": "cdf_cdm", "externalId": "Mine", "properties": {"a": {"type": {"type": "int32"}}}}
    api.post("/models/containers", items=[body], expect=400)
    emu.reset()
    assert emu.resource("dms_schema").view("cdf_cdm", "CogniteAsset") == asset


def test_dump_and_load_round_trip(schema: Api, emu: Emulator, tmp_path: Any) -> None:
    schema.post(
        "/models/views", items=[{"space": S, "externalId": "V", "version": "1", "properties": {"n": mapped("name")}}]
    )
    before = emu.resource("dms_schema").view(S, "V")
    emu.save(tmp_path / "state.json")
    other = Emulator()
    other.load(tmp_path / "state.json")
    assert other.resource("dms_schema").view(S, "V") == before
    emu.reset()
    assert emu.resource("dms_schema").space(S) is None


def test_data_model_apply_checks_every_reference_before_storing(schema: Api) -> None:
    inline = {"space": S, "externalId": "Inline", "version": "1", "properties": {"n": mapped("name")}}
    dm = {"space": S, "externalId": "M", "version": "1", "views": [inline, view_ref("Nope")]}
    assert "does not exist" in schema.post("/models/datamodels", items=[dm], expect=400)["error"]["message"]
    assert schema.get("/models/views")["items"] == [] and schema.get("/models/datamodels")["items"] == []


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"f": {**mapped("flow"), "source": view_ref("V", "1")}}, "only to direct relations"),
        (
            {
                "back": {
                    "connectionType": "single_reverse_direct_relation",
                    "source": view_ref("V", "1"),
                    "through": {"source": PUMP, "identifier": "flow"},
                }
            },
            "not a direct relation",
        ),
        ({"n": mapped("name"), "w": mapped("w", {**PUMP, "externalId": "E"})}, "used for edges"),
    ],
)
def test_view_mapping_rules(schema: Api, props: dict[str, Any], message: str) -> None:
    edge = {"space": S, "externalId": "E", "usedFor": "edge", "properties": {"w": {"type": {"type": "float32"}}}}
    schema.post("/models/containers", items=[edge])
    body = {"space": S, "externalId": "V", "version": "1", "properties": props}
    assert message in schema.post("/models/views", items=[body], expect=400)["error"]["message"]


def test_reverse_relation_through_an_inherited_direct_relation(schema: Api) -> None:
    base = {"space": S, "externalId": "Base", "version": "1", "properties": {"parents": mapped("parents")}}
    child = {"space": S, "externalId": "Child", "version": "1", "implements": [view_ref("Base", "1")]}
    back = {
        "connectionType": "multi_reverse_direct_relation",
        "source": view_ref("Child", "1"),
        "through": {"source": view_ref("Child", "1"), "identifier": "parents"},
    }
    lists = {"space": S, "externalId": "Pump", "properties": {"parents": {"type": {"type": "direct", "list": True}}}}
    schema.post("/models/containers", items=[lists])
    other = {"space": S, "externalId": "Other", "version": "1", "properties": {"kids": back}}
    views = schema.post("/models/views", items=[other, child, base])["items"]
    assert views[0]["properties"]["kids"]["targetsList"] is True


def test_record_containers_allow_more_properties_but_no_constraints(schema: Api) -> None:
    props = {f"p{i}": {"type": {"type": "int64"}} for i in range(150)}
    record = {"space": S, "externalId": "Rec", "usedFor": "record", "properties": props}
    assert schema.post("/models/containers", items=[record])["items"][0]["usedFor"] == "record"
    assert [c["externalId"] for c in schema.get("/models/containers")["items"]] == ["Pump"]  # default: node, edge, all
    assert [c["externalId"] for c in schema.get("/models/containers", usedFor="record")["items"]] == ["Rec"]
    constrained = {**record, "constraints": {"u": {"properties": ["p1"]}}}
    assert "no constraints" in schema.post("/models/containers", items=[constrained], expect=400)["error"]["message"]


def test_data_model_versions_keep_their_view_versions(schema: Api) -> None:
    v = {"space": S, "externalId": "V", "version": "1", "properties": {"n": mapped("name")}}
    schema.post("/models/views", items=[v, {**v, "version": "2"}, {**v, "externalId": "W"}])
    dm = {"space": S, "externalId": "M", "version": "1", "views": [view_ref("V", "1")]}
    schema.post("/models/datamodels", items=[dm])
    bumped = {**dm, "views": [view_ref("V", "2")]}
    assert "new data model version" in schema.post("/models/datamodels", items=[bumped], expect=400)["error"]["message"]
    grown = schema.post("/models/datamodels", items=[{**dm, "views": [view_ref("W", "1")]}])["items"][0]
    assert grown["views"] == [view_ref("V", "1"), view_ref("W", "1")]  # left-out views stay, as in CDF


# -- the spec's rules and their snapshot (the spec is fetched, not committed) ----------------------------------
def test_spec_rules_snapshot_matches_the_spec_and_holds_every_rule_read() -> None:
    import orjson

    from cognite.emulator.dms import spec_rules
    from cognite.emulator.validation import find_spec, spec_available
    from tests.emulator.test_dms_schema_spec_replies import _exercise

    if not spec_available():
        pytest.skip("the OpenAPI spec is missing (make fetch-spec)")
    snapshot = orjson.loads(spec_rules.SNAPSHOT.read_bytes())
    assert spec_rules.compute_all(spec_rules.SpecRules(orjson.loads(find_spec().read_bytes()))) == snapshot
    with Emulator().client() as http:
        _exercise(Api(http))
    assert set(rules().values) <= set(snapshot)


def test_the_schema_service_works_without_the_spec(monkeypatch: pytest.MonkeyPatch) -> None:
    from cognite.emulator.dms import spec_rules
    from tests.emulator.test_dms_schema_spec_replies import _exercise

    monkeypatch.setattr(spec_rules, "spec_available", lambda: False)
    spec_rules.rules.cache_clear()
    try:
        assert spec_rules.rules().spec is None
        with Emulator().client() as http:
            _exercise(Api(http))
    finally:
        spec_rules.rules.cache_clear()


def test_names_and_descriptions_have_the_spec_lengths(schema: Api) -> None:
    long_name = "n" * (rules().max_length("ViewCommon", "name") + 1)
    view = {"space": S, "externalId": "V", "version": "1", "name": long_name}
    assert "at most 255" in schema.post("/models/views", items=[view], expect=400)["error"]["message"]
    schema.post("/models/spaces", items=[{"space": "x", "description": "d" * 1025}], expect=400)
