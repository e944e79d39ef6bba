"""The core data model held as data (`cognite/emulator/dms/cdm_v1.json`): valid request bodies for the spec's
POST /models/spaces|containers|views|datamodels, and internally consistent (every reference resolves)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cognite.emulator.validation import SPEC_URI, find_spec, spec_available

CDM_PATH = Path(__file__).resolve().parents[2] / "cognite" / "emulator" / "dms" / "cdm_v1.json"
# The POST path whose request body holds each key's items.
ENDPOINTS = {
    "spaces": "/models/spaces",
    "containers": "/models/containers",
    "views": "/models/views",
    "dataModels": "/models/datamodels",
}
CDM_SPACES = {"cdf_cdm", "cdf_cdm_3d", "cdf_cdm_units"}
# Spec erratum: two externalId patterns are escaped twice, so the class excludes backslash, "x" and "0" instead
# of NUL, which rejects CDF's own edge type "image-360-annotation". Validated with the pattern meant.
DOUBLE_ESCAPED_NUL = ("^[^\\\\x00]{1,256}$", "^[^\\x00]{1,256}$")


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

    wrong, meant = DOUBLE_ESCAPED_NUL
    spec = json.loads(find_spec().read_text().replace(json.dumps(wrong)[1:-1], json.dumps(meant)[1:-1]))
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
    # Every container property is reachable through some view (no dead container data).
    mapped = {(_key(p["container"]), p["containerPropertyIdentifier"]) for _, _, p in _mapped(views)}
    declared = {(k, p) for k, c in containers.items() for p in c["properties"]}
    assert declared == mapped


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
