"""`openapi/cdm_classes.py`: the committed core data model classes are its output, and its stated rules still
name properties the core model has."""

from __future__ import annotations

import json

from openapi import cdm_classes


def test_committed_cdm_classes_are_the_generators_output() -> None:
    assert cdm_classes.drift() == []


def test_stated_rules_name_properties_of_the_core_model() -> None:
    content = json.loads(cdm_classes.SOURCE.read_text())
    held = {(c["externalId"], p) for c in content["containers"] for p in c["properties"]}
    assert cdm_classes.SYSTEM_MAINTAINED <= held
    assert set(cdm_classes.ANNOTATIONS) <= held


def test_views_become_classes_by_the_rules() -> None:
    views = {v.external_id: v for v in cdm_classes.load_views()}
    asset = {p.identifier: p for p in views["CogniteAsset"].props}
    assert (asset["type"].attribute, asset["object3D"].attribute) == ("asset_type", "object_3d")
    assert asset["path"].read_only and asset["path"].is_list and asset["path"].direct
    assert "children" not in asset  # a reverse direct relation
    assert views["CogniteSourceSystem"].props[-1].attribute == "source_system_version"
    assert (views["CogniteDescribable"].used_for, views["CogniteAnnotation"].used_for) == ("all", "edge")
    ts = [p for p in views["CogniteTimeSeries"].props if p.required]
    assert [p.attribute for p in ts] == ["is_step", "time_series_type"]
    assert ts[1].annotation(write=True) == "Literal['numeric', 'state', 'string']"
