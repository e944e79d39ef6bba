"""Files, 3D, IAM, extraction pipelines and entity matching: every public method has the official SDK's
parameters (names, order, kinds, defaults), plus the per-call ``**options`` as the last parameter."""

from __future__ import annotations

import importlib
import inspect
import json
import subprocess
from typing import Any

import pytest

from tests.conformance.conftest import OFFICIAL_PYTHON

# official sync class -> our async class
APIS = {
    "cognite.client._sync_api.files:SyncFilesAPI": "cognite.client._api.files:FilesAPI",
    "cognite.client._sync_api.three_d.models:Sync3DModelsAPI": "cognite.client._api.three_d:ThreeDModelsAPI",
    "cognite.client._sync_api.three_d.revisions:Sync3DRevisionsAPI": "cognite.client._api.three_d:ThreeDRevisionsAPI",
    "cognite.client._sync_api.three_d.files:Sync3DFilesAPI": "cognite.client._api.three_d:ThreeDFilesAPI",
    "cognite.client._sync_api.three_d.asset_mapping:Sync3DAssetMappingAPI": (
        "cognite.client._api.three_d:ThreeDAssetMappingAPI"
    ),
    "cognite.client._sync_api.iam:SyncIAMAPI": "cognite.client._api.iam:IAMAPI",
    "cognite.client._sync_api.iam.groups:SyncGroupsAPI": "cognite.client._api.iam:GroupsAPI",
    "cognite.client._sync_api.iam.security_categories:SyncSecurityCategoriesAPI": (
        "cognite.client._api.iam:SecurityCategoriesAPI"
    ),
    "cognite.client._sync_api.iam.token:SyncTokenAPI": "cognite.client._api.iam:TokenAPI",
    "cognite.client._sync_api.iam.sessions:SyncSessionsAPI": "cognite.client._api.iam:SessionsAPI",
    "cognite.client._sync_api.extractionpipelines:SyncExtractionPipelinesAPI": (
        "cognite.client._api.extraction_pipelines:ExtractionPipelinesAPI"
    ),
    "cognite.client._sync_api.extractionpipelines.runs:SyncExtractionPipelineRunsAPI": (
        "cognite.client._api.extraction_pipelines:ExtractionPipelineRunsAPI"
    ),
    "cognite.client._sync_api.extractionpipelines.configs:SyncExtractionPipelineConfigsAPI": (
        "cognite.client._api.extraction_pipelines:ExtractionPipelineConfigsAPI"
    ),
    "cognite.client._sync_api.entity_matching:SyncEntityMatchingAPI": (
        "cognite.client._api.entity_matching:EntityMatchingAPI"
    ),
}

DUMP = """
import importlib, inspect, json, sys
out = {}
for path in json.loads(sys.argv[1]):
    module, name = path.split(":")
    cls = getattr(importlib.import_module(module), name)
    out[path] = {
        m: [(p.name, p.kind.name, repr(p.default)) for p in inspect.signature(f).parameters.values()]
        for m, f in inspect.getmembers(cls, inspect.isfunction)
        if not m.startswith("_") or m == "__call__"
    }
print(json.dumps(out))
"""


def _params(fn: Any) -> list[tuple[str, str, str]]:
    return [(p.name, p.kind.name, repr(p.default)) for p in inspect.signature(fn).parameters.values()]


@pytest.fixture(scope="module")
def official() -> dict[str, dict[str, list[list[str]]]]:
    if not OFFICIAL_PYTHON.exists():
        pytest.skip("the official SDK's venv (.venv-official) is not built")
    # run from / so that this repository's cognite/ package does not shadow the official one
    res = subprocess.run(
        [str(OFFICIAL_PYTHON), "-c", DUMP, json.dumps(list(APIS))], capture_output=True, text=True, cwd="/", check=True
    )
    return json.loads(res.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize("official_path", list(APIS))
def test_methods_and_parameters_match_the_official_sdk(official: dict[str, Any], official_path: str) -> None:
    module, name = APIS[official_path].split(":")
    ours = getattr(importlib.import_module(module), name)
    problems = []
    for method, params in official[official_path].items():
        fn = getattr(ours, method, None)
        if fn is None:
            problems.append(f"{method}: missing")
            continue
        mine = _params(fn)
        if not mine or mine[-1][:2] != ("options", "VAR_KEYWORD"):
            problems.append(f"{method}: does not end with **options")
        else:
            mine = mine[:-1]
        expected = [tuple(p) for p in params]
        if mine != expected:
            problems.append(f"{method}: {mine} != official {expected}")
    assert not problems, "\n".join(problems)
