"""Every 3D and entity-matching operation the emulator serves answers (successes and errors) within the pinned
spec's response schemas; the sweep is checked to have reached each of those operations."""

from __future__ import annotations

import pytest

from cognite.emulator import Emulator
from cognite.emulator.validation import spec_available
from tests.emulator.conftest import Api

pytestmark = pytest.mark.skipif(not spec_available(), reason="the OpenAPI spec is missing (make fetch-spec)")

OPERATIONS = {
    "get3DModels", "create3DModels", "update3DModels", "delete3DModels", "get3DModel",
    "get3DRevisions", "create3DRevisions", "update3DRevisions", "delete3DRevisions", "get3DRevision",
    "updateThumbnail", "get3DNodes", "filter3DNodes", "get3DNodesById", "get3DNodeAncestors",
    "get3DMappings", "create3DMappings", "delete3DMappings", "filter3DAssetMappings", "get3DFile",
    "entityMatchingModels", "entityMatchingCreate", "entityMatchingStatus", "entityMatchingRetrieve",
    "entityMatchingFilter", "entityMatchingUpdate", "entityMatchingDelete", "entityMatchingPredict",
    "entityMatchingPredictResults", "entityMatchingReFit",
}  # fmt: skip


def _three_d(api: Api) -> None:
    upload = api.post("/files", {"name": "model.glb"})
    assert api.http.put(upload["uploadUrl"], content=b"glb").is_success
    file_id = upload["id"]
    asset = api.post("/assets", items=[{"name": "pump"}])["items"][0]["id"]

    model = api.post("/3d/models", items=[{"name": "m", "metadata": {"k": "v"}}])["items"][0]["id"]
    m = f"/3d/models/{model}"
    api.get("/3d/models", limit=1)
    api.get("/3d/models", includeRevisionInfo="true", published="false")
    api.get(m)
    api.get("/3d/models/1", expect=400)
    api.post("/3d/models/update", items=[{"id": model, "update": {"name": {"set": "n"}, "metadata": {"add": {}}}}])
    api.post("/3d/models", items=[{"name": ""}], expect=400)

    rev = api.post(m + "/revisions", items=[{"fileId": file_id, "rotation": [0, 0, 1]}])["items"][0]["id"]
    r = f"{m}/revisions/{rev}"
    api.post(m + "/revisions", items=[{"fileId": 1}], expect=400)
    api.get(m + "/revisions", published="false")
    api.get(r)
    api.post(m + "/revisions/update", items=[{"id": rev, "update": {"published": {"set": True}}}])
    api.post(r + "/thumbnail", fileId=file_id)
    assert api.http.get(f"/api/v1/projects/test/3d/files/{file_id}").content == b"glb"
    api.get("/3d/files/1", expect=400)

    nodes = api.get(r + "/nodes", limit=2)
    api.get(r + "/nodes", cursor=nodes["nextCursor"], partition="1/2", properties='{"PDMS": {"Type": "PIPE"}}')
    node = nodes["items"][1]["id"]
    api.get(r + "/nodes", nodeId=1, expect=400)
    api.post(r + "/nodes/list", filter={"names": ["Valve V-201"]}, limit=5)
    api.post(r + "/nodes/byids", items=[{"id": node}])
    api.post(r + "/nodes/byids", items=[{"id": 1}], expect=400)
    api.get(f"{r}/nodes/{node}/ancestors")

    api.post(r + "/mappings", items=[{"nodeId": node, "assetId": asset}])
    api.post(r + "/mappings", items=[{"nodeId": 1, "assetId": asset}], expect=400)
    api.get(r + "/mappings", assetId=asset)
    api.post(r + "/mappings/list", filter={"treeIndexes": [1]}, limit=10)
    api.post(r + "/mappings/delete", items=[{"nodeId": node, "assetId": asset}])
    api.post(m + "/revisions/delete", items=[{"id": rev}])
    api.post("/3d/models/delete", items=[{"id": model}])


def _entity_matching(api: Api) -> None:
    em = "/context/entitymatching"
    sources = [{"id": 1, "name": "pump 1"}, {"externalId": "s2", "name": "valve"}]
    targets = [{"id": 5, "name": "Pump-1"}, {"externalId": "t2", "name": "Valve"}]
    model = api.post(em, sources=sources, targets=targets, externalId="m", name="n", featureType="bigram")
    api.post(em, sources=sources, targets=[{"id": 9}], expect=400)  # no name field
    api.post(em, sources=sources, targets=targets, featureType="nonsense", expect=400)
    api.get(em, limit=5)
    api.get(f"{em}/{model['id']}")
    api.post(em + "/byids", items=[{"externalId": "m"}])
    api.post(em + "/list", filter={"featureType": "bigram"})
    api.post(em + "/update", items=[{"externalId": "m", "update": {"name": {"set": "renamed"}}}])
    job = api.post(em + "/predict", externalId="m", numMatches=2, scoreThreshold=0.1)
    api.get(f"{em}/jobs/{job['jobId']}")  # completed, with items
    api.get(f"{em}/jobs/1", expect=400)
    api.post(em + "/predict", id=1, expect=400)
    refit = api.post(em + "/refit", id=model["id"], trueMatches=[{"sourceExternalId": "s2", "targetId": 5}])
    api.post(em + "/delete", items=[{"id": refit["id"]}, {"externalId": "m"}])


def test_replies_match_spec() -> None:
    emu = Emulator(seed=3, validate_responses=True)
    with emu.client() as http:
        api = Api(http)
        emu.resource("entitymatching").running_reads = 1  # one "Running" reply of each model and job, too
        _three_d(api)
        _entity_matching(api)
    reached = set()
    for request in emu.requests:
        matched = emu.validator.match(request.method, request.route)
        assert matched is not None, (request.method, request.route)
        reached.add(matched[1]["operationId"])
    assert reached >= OPERATIONS, sorted(OPERATIONS - reached)
    assert emu.validator.checked >= 40  # JSON replies checked (file bytes are not JSON)
    assert emu.violations == []
