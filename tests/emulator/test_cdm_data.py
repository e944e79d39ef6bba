"""The core data model held as data (`cognite/emulator/dms/cdm_v1.json`): valid request bodies for the spec's
POST /models/spaces|containers|views|datamodels, and internally consistent (every reference resolves).

Provenance: CDF's CogniteCore v1 (data model, its views, their containers) as CDF returned it in June 2026, in request
format (the snapshot in cognitedata/neat@4b4555be, tests_smoke/test_cdf_models/snapshots/), nulls dropped and the
direct-relation container hints given the spec's `type: container`; space cdf_cdm_units (CogniteUnit instances) added.
Only the structure is held (ids, types, mappings, constraints, indexes): the descriptions, Cognite's prose, are left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cognite.emulator.validation import SPEC_URI, ResponseValidator, spec_available

CDM_PATH = Path(__file__).resolve().parents[2] / "cognite" / "emulator" / "dms" / "cdm_v1.json"
# The POST path whose request body holds each key's items.
ENDPOINTS = {
    "spaces": "/models/spaces",
    "containers": "/models/containers",
    "views": "/models/views",
    "dataModels": "/models/datamodels",
}
CDM_SPACES = {"cdf_cdm", "cdf_cdm_3d", "cdf_cdm_units"}


@pytest.fixture(scope="module")
def cdm() -> dict[str, list[dict[str, Any]]]:
    data: dict[str, list[dict[str, Any]]] = json.loads(CDM_PATH.read_text())
    return data


def _key(ref: dict[str, Any]) -> tuple[str, ...]:
    return (ref["space"], ref["externalId"], *([ref["version"]] if "version" in ref else []))


def _views(cdm: dict[str, list[dict[str, Any]]]) -> dict[tuple[str, ...], dict[str, Any]]:
    return {_key(v): v for v in cdm["views"]}


def _all_properties(views: dict[tuple[str, ...], dict[str, Any]], key: tuple[str, ...]) -> dict[str, Any]:
    """A view's properties with the inherited ones (implements: later parents and the view itself win)."""
    view = views[key]
    merged: dict[str, Any] = {}
    for parent in view.get("implements", []):
        merged.update(_all_properties(views, _key(parent)))
    merged.update(view["properties"])
    return merged


def test_top_level_keys_and_cdm_spaces(cdm: dict[str, list[dict[str, Any]]]) -> None:
    assert set(cdm) == set(ENDPOINTS)
    assert {s["space"] for s in cdm["spaces"]} == CDM_SPACES
    used = {i["space"] for key in ("containers", "views", "dataModels") for i in cdm[key]}
    assert used <= CDM_SPACES


@pytest.mark.skipif(not spec_available(), reason="the OpenAPI spec is missing (make fetch-spec)")
@pytest.mark.parametrize("key", list(ENDPOINTS))
def test_items_valid_against_the_request_schema(cdm: dict[str, list[dict[str, Any]]], key: str) -> None:
    from jsonschema import Draft202012Validator
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    # The spec as the reply validator reads it: its errata fixed (an externalId pattern escaped twice rejects CDF's
    # own edge type "image-360-annotation").
    spec = ResponseValidator().spec
    registry = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(spec))
    body = f"/paths/{ENDPOINTS[key].replace('/', '~1')}/post/requestBody/content/application~1json/schema"
    validator = Draft202012Validator({"$ref": f"{SPEC_URI}#{body}"}, registry=registry)
    items = cdm[key]
    assert items
    errors = [
        f"{_key(item)}: {e.message[:200]} at /{'/'.join(map(str, e.absolute_path))}"
        for item in items
        for e in validator.iter_errors({"items": [item]})
    ]
    assert not errors, "\n".join(errors[:10])


def test_no_duplicates(cdm: dict[str, list[dict[str, Any]]]) -> None:
    for key in ENDPOINTS:
        keys = [(i["space"],) if key == "spaces" else _key(i) for i in cdm[key]]
        assert len(keys) == len(set(keys)), key


def _mapped(views: dict[tuple[str, ...], dict[str, Any]]) -> Iterator[tuple[tuple[str, ...], str, dict[str, Any]]]:
    for key, view in views.items():
        for name, prop in view["properties"].items():
            if "container" in prop:
                yield key, name, prop


def test_mapped_properties_point_to_declared_container_properties(cdm: dict[str, list[dict[str, Any]]]) -> None:
    containers = {_key(c): c for c in cdm["containers"]}
    views = _views(cdm)
    missing = [
        (view, name)
        for view, name, prop in _mapped(views)
        if prop["containerPropertyIdentifier"] not in containers.get(_key(prop["container"]), {}).get("properties", {})
    ]
    assert not missing
    # Every container is used by some view (CDF has container properties no view maps, e.g. Cognite3DRevision's
    # sourceFile, so properties are not held to that).
    assert {_key(p["container"]) for _, _, p in _mapped(views)} == set(containers)


def test_constraints_and_indexes_resolve(cdm: dict[str, list[dict[str, Any]]]) -> None:
    containers = {_key(c): c for c in cdm["containers"]}
    requires = 0
    for key, container in containers.items():
        for name, constraint in container["constraints"].items():
            if constraint["constraintType"] == "requires":
                requires += 1
                assert _key(constraint["require"]) in containers, (key, name)
            else:  # uniqueness
                assert set(constraint["properties"]) <= set(container["properties"]), (key, name)
        for name, index in container["indexes"].items():
            assert set(index["properties"]) <= set(container["properties"]), (key, name)
    assert requires and any(c["indexes"] for c in containers.values())
    # CogniteAsset requires the concepts its view implements (as CDF declares it).
    asset = containers["cdf_cdm", "CogniteAsset"]
    assert {c["require"]["externalId"] for c in asset["constraints"].values()} == {
        "CogniteDescribable",
        "CogniteSourceable",
        "CogniteVisualizable",
    }


def test_direct_relation_sources_are_declared_views(cdm: dict[str, list[dict[str, Any]]]) -> None:
    containers = {_key(c): c for c in cdm["containers"]}
    views = _views(cdm)
    for view, name, prop in _mapped(views):
        ctype = containers[_key(prop["container"])]["properties"][prop["containerPropertyIdentifier"]]["type"]
        if "source" in prop:
            assert ctype["type"] == "direct", (view, name)
            assert _key(prop["source"]) in views, (view, name)
        if ctype["type"] == "direct" and "container" in ctype:
            assert _key(ctype["container"]) in containers, (view, name)


def test_implements_and_connections_resolve(cdm: dict[str, list[dict[str, Any]]]) -> None:
    views = _views(cdm)
    for key, view in views.items():
        for parent in view.get("implements", []):
            assert _key(parent) in views, (key, parent)
        for name, prop in view["properties"].items():
            if "connectionType" not in prop:
                continue
            assert _key(prop["source"]) in views, (key, name)
            if "edgeSource" in prop:
                assert _key(prop["edgeSource"]) in views, (key, name)
            if "through" in prop:  # a reverse direct relation: `through` names a direct relation of its view
                through = prop["through"]
                target = _all_properties(views, _key(through["source"])).get(through["identifier"])
                assert target is not None and "container" in target, (key, name)
                containers = {_key(c): c for c in cdm["containers"]}
                ctype = containers[_key(target["container"])]["properties"][target["containerPropertyIdentifier"]]
                assert ctype["type"]["type"] == "direct", (key, name)
                # single_* reverses a single direct relation; multi_* may reverse either.
                if prop["connectionType"] == "single_reverse_direct_relation":
                    assert not ctype["type"].get("list"), (key, name)


def test_core_data_model_lists_every_view(cdm: dict[str, list[dict[str, Any]]]) -> None:
    (core,) = [m for m in cdm["dataModels"] if _key(m) == ("cdf_cdm", "CogniteCore", "v1")]
    assert {_key(v) for v in core["views"]} == set(_views(cdm))


def test_asset_view_shape(cdm: dict[str, list[dict[str, Any]]]) -> None:
    views = _views(cdm)
    asset = views["cdf_cdm", "CogniteAsset", "v1"]
    assert [p["externalId"] for p in asset["implements"]] == [
        "CogniteVisualizable",
        "CogniteDescribable",
        "CogniteSourceable",
    ]
    props = _all_properties(views, ("cdf_cdm", "CogniteAsset", "v1"))
    for name in ("parent", "root", "path", "assetClass", "type", "name", "description", "tags", "sourceId", "object3D"):
        assert "container" in props[name], name
    for name in ("children", "files", "timeSeries", "activities", "equipment"):
        assert props[name]["connectionType"] == "multi_reverse_direct_relation", name
    assert props["children"]["through"] == {
        "source": {"space": "cdf_cdm", "externalId": "CogniteAsset", "version": "v1", "type": "view"},
        "identifier": "parent",
    }


# -- the emulator serves it: every project starts with the core data model as global, read-only schema --------


def _list_all(api: Any, route: str, **params: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    cursor = None
    while True:
        page = api.get(route, **params, limit=1000, **({"cursor": cursor} if cursor else {}))
        out.extend(page["items"])
        if not (cursor := page.get("nextCursor")):
            return out


def test_emulator_serves_the_cdm_as_global_schema(api: Any, cdm: dict[str, list[dict[str, Any]]]) -> None:
    views = _list_all(api, "/models/views", space="cdf_cdm", includeGlobal="true", allVersions="true")
    assert {_key(v) for v in views} == set(_views(cdm))
    assert all(v["isGlobal"] for v in views)
    served = {v["externalId"]: v for v in views}
    for key in _views(cdm):  # inherited properties included, as CDF returns them
        assert set(served[key[1]]["properties"]) == set(_all_properties(_views(cdm), key)), key
    containers = _list_all(api, "/models/containers", includeGlobal="true")
    assert {_key(c) for c in cdm["containers"]} <= {_key(c) for c in containers}
    spaces = _list_all(api, "/models/spaces", includeGlobal="true")
    assert {s["space"] for s in spaces} >= CDM_SPACES
    # Without includeGlobal the system schema stays out of the user's lists.
    assert not api.get("/models/views", space="cdf_cdm")["items"]


def test_core_model_retrieved_with_inline_views(api: Any, cdm: dict[str, list[dict[str, Any]]]) -> None:
    ref = {"space": "cdf_cdm", "externalId": "CogniteCore", "version": "v1"}
    r = api.http.post(
        "/api/v1/projects/test/models/datamodels/byids", params={"inlineViews": "true"}, json={"items": [ref]}
    )
    assert r.status_code == 200, r.text
    (model,) = r.json()["items"]
    asset = next(v for v in model["views"] if v["externalId"] == "CogniteAsset")
    assert asset["properties"]["parent"]["containerPropertyIdentifier"] == "assetHierarchy_parent"
    assert asset["properties"]["children"]["connectionType"] == "multi_reverse_direct_relation"
    assert len(model["views"]) == len(cdm["views"])


def test_cdm_is_read_only_to_users(api: Any) -> None:
    space = {"space": "cdf_cdm", "name": "mine now"}
    r = api.http.post("/api/v1/projects/test/models/spaces", json={"items": [space]})
    assert r.status_code in (400, 403), r.text
    r = api.http.post("/api/v1/projects/test/models/spaces/delete", json={"items": [{"space": "cdf_cdm"}]})
    assert r.status_code in (400, 403), r.text
    assert "cdf_cdm" in {s["space"] for s in _list_all(api, "/models/spaces", includeGlobal="true")}


def test_nodes_written_through_cdm_views(api: Any) -> None:
    """The CDM is usable as CDF's is: an asset hierarchy through CogniteAsset (its containers' requires
    constraints are all met by the view), read back through the view."""
    api.post("/models/spaces", items=[{"space": "plant"}])
    asset = {"type": "view", "space": "cdf_cdm", "externalId": "CogniteAsset", "version": "v1"}

    def node(xid: str, **props: Any) -> dict[str, Any]:
        return {
            "instanceType": "node",
            "space": "plant",
            "externalId": xid,
            "sources": [{"source": asset, "properties": props}],
        }

    root = {"space": "plant", "externalId": "root"}
    api.post("/models/instances", items=[node("root", name="Root"), node("pump", name="Pump", parent=root, tags=["a"])])
    (got,) = api.post(
        "/models/instances/byids",
        sources=[{"source": asset}],
        items=[{"instanceType": "node", "space": "plant", "externalId": "pump"}],
    )["items"]
    props = got["properties"]["cdf_cdm"]["CogniteAsset/v1"]
    assert props["name"] == "Pump" and props["parent"] == root and props["tags"] == ["a"]
