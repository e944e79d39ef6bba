"""The emulator declares its update rules per resource (it models CDF independently of the generated layer);
this keeps those tables in step with the spec's patch schemas, read through the SDK's ``patch_kinds``."""

from __future__ import annotations

import pytest

from cognite.client.data_classes._spec import patch_kinds, to_camel
from cognite.emulator import Emulator

PATCH_MODELS = {
    "assets": "AssetPatch",
    "timeseries": "TimeSeriesPatch",
    "events": "EventPatch",
    "files": "FileChangeUpdate",
    "datasets": "DataSetPatch",
    "relationships": "RelationshipUpdateContent",
    "sequences": "SequenceChangeDTO",
    "extpipes": "ExtPipeUpdateById",
    "entitymatching": "ModelPatch",
    "3d_models": "UpdateModel3D",
    "3d_revisions": "UpdateRevision3D",
}
# emulator rule -> the SDK's name for the same patch shape
SPEC_KIND = {"set": "single", "required": "single_required", "map": "object", "list": "list", "labels": "labels"}
# Where the emulator knowingly differs: sequence columns have their own add/modify/remove patch; the extraction
# pipeline fields below are nullable through ``{"set": null}`` (the spec has no setNull there), which "set" accepts.
ERRATA = {
    ("sequences", "columns"): "custom",
    **{("extpipes", f): "set" for f in ("description", "source", "schedule", "documentation", "notificationConfig")},
}


@pytest.mark.parametrize("resource", sorted(PATCH_MODELS))
def test_update_rules_match_the_patch_schema(resource: str) -> None:
    rules = Emulator().resource(resource).updates
    spec = {to_camel(name): kind for name, kind in patch_kinds(PATCH_MODELS[resource]).items()}
    assert set(rules) == set(spec), "fields the emulator updates = fields the spec's patch names"
    for field, rule in rules.items():
        expected = ERRATA.get((resource, field))
        if expected is not None:
            assert rule == expected, field
        else:
            assert SPEC_KIND.get(rule) == spec[field], field
