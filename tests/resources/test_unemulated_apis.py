"""3D and entity matching: the emulator has no such services, so these tests answer from a recording
``httpx.MockTransport`` (the allowed exception: what the emulator cannot produce) and check the requests the SDK
sends and how it reads CDF-shaped replies."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from cognite.client import AsyncCogniteClient, ClientConfig
from cognite.client.credentials import Token
from cognite.client.data_classes import ThreeDAssetMapping, ThreeDModelRevisionUpdate, ThreeDModelUpdate

Handler = Callable[[str, str, dict[str, Any], Any], Any]


class Recorder:
    def __init__(self, handler: Handler) -> None:
        self.calls: list[tuple[str, str, dict[str, Any], Any]] = []
        self.handler = handler

    def __call__(self, request: httpx.Request) -> httpx.Response:
        raw = request.content
        if request.headers.get("content-encoding") == "gzip":
            raw = gzip.decompress(raw)
        body = json.loads(raw) if raw else None
        path = request.url.path.split("/projects/p", 1)[-1]
        params = dict(request.url.params)
        self.calls.append((request.method, path, params, body))
        reply = self.handler(request.method, path, params, body)
        if isinstance(reply, bytes):
            return httpx.Response(200, content=reply, headers={"content-type": "application/octet-stream"})
        return httpx.Response(200, json=reply)


def make_client(handler: Handler) -> tuple[AsyncCogniteClient, Recorder]:
    rec = Recorder(handler)
    config = ClientConfig(client_name="t", project="p", base_url="https://x.cognitedata.com", credentials=Token("t"))
    return AsyncCogniteClient(config, http_transport=httpx.MockTransport(rec)), rec


MODEL = {"id": 1, "name": "m", "createdTime": 0}
REVISION = {"id": 2, "fileId": 5, "published": False, "status": "Done", "assetMappingCount": 0, "createdTime": 0}
NODE = {"id": 7, "treeIndex": 0, "depth": 0, "name": "root", "subtreeSize": 1}


def three_d_handler(method: str, path: str, params: dict[str, Any], body: Any) -> Any:
    if path.startswith("/3d/files/"):
        return b"glb-bytes"
    if path.endswith(("/delete", "/thumbnail")):
        return {}
    if path.endswith("/nodes") or path.endswith("/nodes/list") or path.endswith("/ancestors"):
        return {"items": [NODE]}
    if "/mappings" in path:
        return {"items": [{"nodeId": 7, "assetId": 9, "treeIndex": 0, "subtreeSize": 1}]}
    if "/revisions" in path:
        if method == "GET" and path.rsplit("/", 1)[-1].isdigit():
            return REVISION
        return {"items": [REVISION]}
    if method == "GET" and path.rsplit("/", 1)[-1].isdigit():
        return MODEL
    return {"items": [MODEL]}


async def test_three_d_requests() -> None:
    client, rec = make_client(three_d_handler)
    td = client.three_d
    assert (await td.models.create(name="m")).name == "m"
    assert rec.calls[-1][1:] == ("/3d/models", {}, {"items": [{"name": "m"}]})
    assert (await td.models.retrieve(id=1)).id == 1
    await td.models.list(published=True, limit=5)
    assert rec.calls[-1][:3] == ("GET", "/3d/models", {"published": "true", "limit": "5"})
    await td.models.update(ThreeDModelUpdate(id=1).name.set("n"))
    assert rec.calls[-1][1:] == ("/3d/models/update", {}, {"items": [{"id": 1, "update": {"name": {"set": "n"}}}]})
    await td.models.delete(id=[1, 2])
    assert rec.calls[-1][3] == {"items": [{"id": 1}, {"id": 2}]}

    rev = await td.revisions.retrieve(model_id=1, id=2)
    assert rev.file_id == 5
    await td.revisions.update(1, ThreeDModelRevisionUpdate(id=2).published.set(True).metadata.add({"k": "v"}))
    assert rec.calls[-1][1] == "/3d/models/1/revisions/update"
    assert rec.calls[-1][3]["items"][0]["update"] == {"published": {"set": True}, "metadata": {"add": {"k": "v"}}}
    await td.revisions.update_thumbnail(model_id=1, revision_id=2, file_id=3)
    assert rec.calls[-1][1:] == ("/3d/models/1/revisions/2/thumbnail", {}, {"fileId": 3})
    nodes = await td.revisions.list_nodes(1, 2, node_id=7, depth=1, sort_by_node_id=True, limit=10)
    assert nodes[0].name == "root"
    assert rec.calls[-1][2] == {"depth": "1", "nodeId": "7", "sortByNodeId": "true", "limit": "10"}
    await td.revisions.filter_nodes(1, 2, properties={"PDMS": {"Type": ["PIPE"]}}, limit=10)
    assert rec.calls[-1][1:] == (
        "/3d/models/1/revisions/2/nodes/list",
        {},
        {"filter": {"properties": {"PDMS": {"Type": ["PIPE"]}}}, "limit": 10},
    )
    await td.revisions.list_ancestor_nodes(1, 2, node_id=7)
    assert rec.calls[-1][1] == "/3d/models/1/revisions/2/nodes/7/ancestors"
    assert await td.files.retrieve(4) == b"glb-bytes"

    mapping = await td.asset_mappings.create(1, 2, ThreeDAssetMapping(node_id=7, asset_id=9))
    assert rec.calls[-1][3] == {"items": [{"nodeId": 7, "assetId": 9}]} and mapping.asset_id == 9
    listed = await td.asset_mappings.list(1, 2, asset_id=9)
    await td.asset_mappings.delete(1, 2, listed[0])
    assert rec.calls[-1][1:] == (
        "/3d/models/1/revisions/2/mappings/delete",
        {},
        {"items": [{"nodeId": 7, "assetId": 9}]},
    )


EM_MODEL = {
    "id": 1,
    "externalId": "em",
    "status": "Completed",
    "createdTime": 0,
    "startTime": 0,
    "statusTime": 0,
    "name": "em",
    "description": "",
    "featureType": "simple",
    "classifier": "randomforest",
}


def em_handler(method: str, path: str, params: dict[str, Any], body: Any) -> Any:
    if path.endswith("/predict"):
        return {"jobId": 11, "status": "Queued", "createdTime": 0, "startTime": 0, "statusTime": 0}
    if path.endswith("/delete"):
        return {}
    if method == "POST" and path in ("/context/entitymatching", "/context/entitymatching/refit"):
        return EM_MODEL
    return {"items": [EM_MODEL]}


async def test_entity_matching_requests() -> None:
    client, rec = make_client(em_handler)
    em = client.entity_matching
    model = await em.fit(
        sources=[{"id": 1, "name": "a"}],
        targets=[{"id": 2, "name": "a"}],
        true_matches=[(1, 2)],
        match_fields=[("name", "name")],
        external_id="em",
    )
    assert model.external_id == "em"
    assert rec.calls[-1][3] == {
        "sources": [{"id": 1, "name": "a"}],
        "targets": [{"id": 2, "name": "a"}],
        "trueMatches": [{"sourceId": 1, "targetId": 2}],
        "matchFields": [{"source": "name", "target": "name"}],
        "externalId": "em",
    }
    await em.refit(true_matches=[("a", 2)], external_id="em")
    assert rec.calls[-1][3] == {"externalId": "em", "trueMatches": [{"sourceExternalId": "a", "targetId": 2}]}
    job = await em.predict(external_id="em", num_matches=3)
    assert job.job_id == 11 and rec.calls[-1][3] == {"externalId": "em", "numMatches": 3}
    assert (await em.retrieve(id=1)).name == "em"
    assert len(await em.list(feature_type="simple")) == 1
    assert rec.calls[-1][3]["filter"] == {"featureType": "simple"}
    await em.delete(id=1)
    with pytest.raises(ValueError, match="exactly one"):
        await em.predict()


async def test_file_content_to_presigned_urls_goes_without_cdf_headers() -> None:
    """Real CDF hands out cloud-storage URLs on another host: content goes there as is, without CDF's bearer
    token or gzip (the emulator's URLs point at itself, so this needs a recording transport)."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "storage.example":
            if request.method == "PUT":
                return httpx.Response(200)
            return httpx.Response(200, content=b"payload")
        path = request.url.path.split("/projects/p", 1)[-1]
        meta = {"id": 1, "name": "f.txt", "uploaded": False, "createdTime": 0, "lastUpdatedTime": 0}
        if path == "/files":
            return httpx.Response(201, json={**meta, "uploadUrl": "https://storage.example/up/1?sig=abc"})
        if path == "/files/downloadlink":
            return httpx.Response(
                200, json={"items": [{"id": 1, "downloadUrl": "https://storage.example/down/1?sig=x"}]}
            )
        return httpx.Response(404, json={"error": {"code": 404, "message": path}})

    config = ClientConfig(
        client_name="t", project="p", base_url="https://x.cognitedata.com", credentials=Token("secret")
    )
    client = AsyncCogniteClient(config, http_transport=httpx.MockTransport(handler))
    await client.files.upload_bytes(b"payload", name="f.txt")
    put = next(r for r in seen if r.url.host == "storage.example")
    assert put.method == "PUT" and put.content == b"payload"
    assert "authorization" not in put.headers and "content-encoding" not in put.headers
    assert await client.files.download_bytes(id=1) == b"payload"
    assert "authorization" not in seen[-1].headers
    cdf_calls = [r for r in seen if r.url.host == "x.cognitedata.com"]
    assert all(r.headers["authorization"] == "Bearer secret" for r in cdf_calls)


async def test_prediction_job_waits_for_its_result() -> None:
    polls: list[int] = []

    def handler(method: str, path: str, params: dict[str, Any], body: Any) -> Any:
        if path.endswith("/predict"):
            return {"jobId": 11, "status": "Queued", "createdTime": 0, "startTime": 0, "statusTime": 0}
        polls.append(1)
        if len(polls) < 3:
            return {"jobId": 11, "status": "Running", "createdTime": 0, "startTime": 0, "statusTime": 1}
        return {
            "jobId": 11,
            "status": "Completed",
            "createdTime": 0,
            "startTime": 0,
            "statusTime": 2,
            "items": [{"source": {"id": 1}, "matches": [{"target": {"id": 2}, "score": 0.9}]}],
        }

    client, rec = make_client(handler)
    job = await client.entity_matching.predict(id=1)
    await job.wait_for_completion_async(interval=0)
    assert len(polls) == 3 and rec.calls[-1][:2] == ("GET", "/context/entitymatching/jobs/11")
    assert job.result["items"][0]["matches"][0]["score"] == 0.9


async def test_failed_prediction_job_raises() -> None:
    from cognite.client.exceptions import CogniteModelFailedError

    def handler(method: str, path: str, params: dict[str, Any], body: Any) -> Any:
        status = "Queued" if path.endswith("/predict") else "Failed"
        return {
            "jobId": 12,
            "status": status,
            "errorMessage": "bad features",
            "createdTime": 0,
            "startTime": 0,
            "statusTime": 0,
        }

    client, _ = make_client(handler)
    job = await client.entity_matching.predict(id=1)
    with pytest.raises(CogniteModelFailedError):
        await job.wait_for_completion_async(interval=0)
    with pytest.raises(TimeoutError):
        slow = await client.entity_matching.predict(id=1)
        slow.status = "Running"
        await slow.wait_for_completion_async(timeout=0)
