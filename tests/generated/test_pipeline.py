"""The spec pipeline: pin, fetch verification, named normalisation rules, retry marks, version-bump diff."""

from __future__ import annotations

import pytest

from openapi import fetch
from openapi.api_diff import diff, load
from openapi.normalise import rules
from openapi.normalise.marks import is_retryable
from openapi.pin import load_pin
from tests.generated.spec_examples import normalised, raw_spec


def test_pin_matches_the_brief() -> None:
    pin = load_pin()
    assert pin.source_url == "https://storage.googleapis.com/cognitedata-api-docs/dist/v1.json"
    assert (pin.snapshot, pin.generator_version, pin.default_cdf_version) == ("2026-05-07", "0.29.1", "20230101")
    assert fetch.sha256(fetch.ensure(pin.snapshot).read_bytes()) == pin.sha256


def test_offline_snapshot_with_wrong_hash_is_rejected(tmp_path, monkeypatch) -> None:
    bad = tmp_path / "cdf-v1-2026-05-07.json"
    bad.write_text("{}")
    monkeypatch.setattr(fetch, "SHARED_OPENAPI", tmp_path)
    monkeypatch.setattr(fetch, "SPECS_DIR", tmp_path / "specs")
    with pytest.raises(SystemExit, match="does not match"):
        fetch.fetch("2026-05-07", live=False)


def test_live_hash_mismatch_falls_back_to_the_pinned_snapshot(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(fetch, "SPECS_DIR", tmp_path)
    monkeypatch.setattr(fetch, "_download", lambda url, timeout=30: b'{"openapi": "3.1.0", "changed": true}')
    path = fetch.fetch("2026-05-07")
    assert fetch.sha256(path.read_bytes()) == load_pin().sha256
    assert "falling back to the pinned offline snapshot" in capsys.readouterr().err


def _spec(schemas: dict, paths: dict | None = None) -> dict:
    return {"openapi": "3.1.0", "paths": paths or {}, "components": {"schemas": schemas}}


def test_drop_titles_leaves_properties_named_title_alone() -> None:
    spec = _spec({"Doc": {"title": "set", "type": "object", "properties": {"title": {"type": "string", "title": "T"}}}})
    assert rules.drop_titles(spec) == 2
    assert spec["components"]["schemas"]["Doc"] == {"type": "object", "properties": {"title": {"type": "string"}}}


def test_unwrap_and_alias_removal() -> None:
    spec = _spec(
        {
            "Ts": {"type": "integer"},
            "Alias": {"oneOf": [{"$ref": "#/components/schemas/Ts"}]},
            "Obj": {"type": "object", "properties": {"t": {"allOf": [{"$ref": "#/components/schemas/Alias"}]}}},
        }
    )
    assert rules.unwrap_single_ref_wrappers(spec) == 2
    assert rules.remove_alias_components(spec) == 1
    assert spec["components"]["schemas"]["Obj"]["properties"]["t"] == {"$ref": "#/components/schemas/Ts"}
    assert "Alias" not in spec["components"]["schemas"]


def test_colliding_component_keys_are_renamed_with_their_refs() -> None:
    spec = _spec(
        {
            "Limit": {"type": "object", "properties": {"limit": {"$ref": "#/components/schemas/limit"}}},
            "limit": {"type": "integer"},
        }
    )
    assert rules.rename_colliding_components(spec) == 1
    assert spec["components"]["schemas"]["Limit"]["properties"]["limit"] == {"$ref": "#/components/schemas/LimitValue"}


def test_hoisted_union_members_are_named_by_their_title() -> None:
    spec = _spec({"Patch": {"oneOf": [{"title": "set", "type": "object", "properties": {"set": {"type": "string"}}}]}})
    assert rules.hoist_union_members(spec) == 1
    assert spec["components"]["schemas"]["Patch"]["oneOf"] == [{"$ref": "#/components/schemas/PatchSet"}]


def test_normalising_the_pinned_spec_reports_every_step() -> None:
    raw = raw_spec()
    spec, report = normalised()
    touched = {step.name: step.touched for step in report}
    assert touched["drop_titles"] > 2000 and touched["add_missing_operation_ids"] == 8
    assert touched["asset_bool_filter_clauses"] == 4 and touched["prefix_filter_value"] == 1
    assert all(step.reason for step in report)
    inspect_token = spec["paths"]["/token/inspect"]["get"]
    assert (inspect_token["x-cdf-base"], inspect_token["x-cdf-retryable"]) == ("api", True)
    assert raw["components"]["schemas"]["AssetBoolFilter"].get("title") == "BoolFilter"  # the raw spec is untouched


@pytest.mark.parametrize(
    ("method", "operation_id", "retryable"),
    [
        ("get", "getAsset", True),
        ("post", "listAssets", True),
        ("post", "byIdsAssets", True),
        ("post", "aggregateEvents", True),
        ("post", "searchFiles", True),
        ("post", "queryContent", True),
        ("post", "getMultiTimeSeriesDatapoints", True),
        ("post", "getLatest", True),
        ("post", "documentsContentPost", True),
        ("post", "createAssets", False),
        ("post", "deleteAssets", False),
        ("post", "updateAssets", True),  # idempotent writes (marks.py): what the transport always retried
        ("post", "postMultiTimeSeriesDatapoints", True),
        ("post", "ApplySpaces", True),
        ("post", "upsertRecords", False),
        ("post", "somethingNew", False),
        ("post", "filter3DNodes", True),
        ("post", "list3DJobs", True),
        ("post", "retrieve_simulator_logs", True),
        ("post", "delete_simulator_model_simulators_models_delete_post", False),
        ("delete", "deleteStream", False),
    ],
)
def test_retryability_is_decided_per_operation(method: str, operation_id: str, retryable: bool) -> None:
    assert is_retryable(method, operation_id) is retryable


@pytest.fixture(scope="module")
def bump():
    return diff(load("2026-03-02"), load("2026-05-07"), "2026-03-02", "2026-05-07")


def test_api_diff_counts_the_bump(bump) -> None:
    assert bump.counts == (441, 481)
    assert (len(bump.of("operation", "+")), len(bump.of("operation", "-"))) == (41, 1)
    report = bump.report()
    assert report.splitlines()[0] == "API diff 2026-03-02 -> 2026-05-07: 441 -> 481 operations (+40 net)"


def test_api_diff_names_added_and_removed_operations(bump) -> None:
    added = {c.name for c in bump.of("operation", "+")}
    assert {
        "POST /streams (createStream)",
        "POST /workflows/triggers/{triggerExternalId}/pause (pauseTrigger)",
    } <= added
    assert "POST /models/containers/indexes/retry (retryContainerIndexes)" in added
    (removed,) = bump.of("operation", "-")
    assert removed.name == "GET /documents/{id}/content (documentsContent)" and removed.breaking


def test_api_diff_flags_breaking_changes(bump) -> None:
    changed = {c.name.split(" (")[0]: c for c in bump.of("operation", "~")}
    renamed = changed["POST /simulators/runs/byids"]
    assert renamed.breaking and any("operationId" in d for d in renamed.details)
    assert any(c.kind == "schema" and c.action == "-" for c in bump.breaking)
    assert all(not c.breaking for c in bump.of("operation", "+"))


def test_api_diff_reports_schema_field_changes(bump) -> None:
    schemas = {c.name: c for c in bump.of("schema", "~")}
    assert "~ field annotatedResourceId: now required" in schemas["AnnotationsV2ResponseSchema"].details
    assert schemas["AnnotationsV2ResponseSchema"].breaking
    assert schemas["CronTrigger"].details == ("+ field timezone: string",) and not schemas["CronTrigger"].breaking
    widened = schemas["AssetMapping3DFilter"]
    assert any(d.endswith("(widened)") for d in widened.details)
    assert "+ field getDmsInstances: boolean" in widened.details and not widened.breaking


def test_check_generated_sees_every_kind_of_difference(tmp_path) -> None:
    from openapi.check_generated import tree_diff

    committed, regenerated = tmp_path / "a", tmp_path / "b"
    for root in (committed, regenerated):
        (root / "api" / "assets").mkdir(parents=True)
        (root / "api" / "assets" / "list_assets.py").write_text("x = 1\n")
    assert tree_diff(committed, regenerated) == []
    (regenerated / "api" / "assets" / "list_assets.py").write_text("x = 2\n")
    (regenerated / "api" / "assets" / "new_op.py").write_text("")
    (committed / "stale.py").write_text("")
    (committed / "api" / "__pycache__").mkdir()  # ignored
    assert tree_diff(committed, regenerated) == [
        "changed: api/assets/list_assets.py",
        "only in committed: stale.py",
        "only in regenerated: api/assets/new_op.py",
    ]


def test_api_diff_reports_a_moved_operation_once() -> None:
    before = {
        "paths": {"/old": {"post": {"operationId": "op", "responses": {"200": {}}}}},
        "components": {"schemas": {}},
    }
    after = {
        "paths": {"/new": {"post": {"operationId": "op", "responses": {"200": {}}}}},
        "components": {"schemas": {}},
    }
    result = diff(before, after)
    assert [(c.action, c.name, c.details, c.breaking) for c in result.changes] == [
        ("~", "POST /new (op)", ("moved from POST /old",), False)
    ]


@pytest.mark.parametrize(
    "module",
    ["openapi.normalise", "openapi.normalise.marks", "openapi.api_diff", "openapi.check_generated", "openapi.fetch"],
)
def test_pipeline_doc_examples_hold(module: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0
