"""3D and entity matching through the SDK against the emulator: the requests the SDK sends (from the emulator's
request log) and what it makes of the emulator's CDF-shaped replies."""

from __future__ import annotations

import asyncio

import pytest

from cognite.client import AsyncCogniteClient
from cognite.client.data_classes import (
    Asset,
    ThreeDAssetMapping,
    ThreeDModelRevision,
    ThreeDModelRevisionUpdate,
    ThreeDModelUpdate,
)
from cognite.client.exceptions import CogniteModelFailedError
from cognite.emulator import Emulator

TREE = [
    {"id": 7, "name": "root"},
    {"id": 8, "name": "pipe", "parentId": 7, "properties": {"PDMS": {"Type": "PIPE"}}},
    {"id": 9, "name": "valve", "parentId": 7, "properties": {"PDMS": {"Type": "VALVE"}}},
]


def _last(emu: Emulator) -> tuple[str, str, dict[str, str], object]:
    r = emu.requests.last
    return r.method, r.route, r.params, (r.json() if r.body else None)


async def test_three_d_requests(async_client: AsyncCogniteClient, emulator: Emulator) -> None:
    td = async_client.three_d
    model = await td.models.create(name="m")
    assert model.name == "m" and _last(emulator)[1:] == ("/3d/models", {}, {"items": [{"name": "m"}]})
    assert (await td.models.retrieve(id=model.id)).name == "m"
    await td.models.update(ThreeDModelUpdate(id=model.id).name.set("n"))
    assert _last(emulator)[3] == {"items": [{"id": model.id, "update": {"name": {"set": "n"}}}]}
    other = await td.models.create(name="other")

    file = await async_client.files.upload_bytes(b"glb-bytes", name="m.glb")
    rev = await td.revisions.create(model.id, ThreeDModelRevision(file_id=file.id))
    assert (rev.status, rev.published, rev.asset_mapping_count) == ("Done", False, 0)
    assert [m.id for m in await td.models.list(published=True, limit=5)] == []
    assert _last(emulator)[:3] == ("GET", "/3d/models", {"published": "true", "limit": "5"})
    await td.revisions.update(
        model.id, ThreeDModelRevisionUpdate(id=rev.id).published.set(True).metadata.add({"k": "v"})
    )
    assert _last(emulator)[1] == f"/3d/models/{model.id}/revisions/update"
    assert [m.id for m in await td.models.list(published=True)] == [model.id]
    assert (await td.revisions.retrieve(model_id=model.id, id=rev.id)).metadata == {"k": "v"}
    # a revision is only found under its own model; not found is None (as in the official SDK)
    assert await td.revisions.retrieve(model_id=other.id, id=rev.id) is None
    assert await td.models.retrieve(id=1) is None

    await td.revisions.update_thumbnail(model_id=model.id, revision_id=rev.id, file_id=file.id)
    assert _last(emulator)[3] == {"fileId": file.id}
    thumbnail = (await td.revisions.retrieve(model.id, rev.id)).thumbnail_threed_file_id
    assert await td.files.retrieve(thumbnail) == b"glb-bytes"

    default = await td.revisions.list_nodes(model.id, rev.id, limit=None)
    assert [n.tree_index for n in default] == list(range(7)) and default[0].subtree_size == 7
    emulator.resource("3d_nodes").set_nodes(model.id, rev.id, TREE)
    nodes = await td.revisions.list_nodes(model.id, rev.id, node_id=7, depth=1, sort_by_node_id=True, limit=10)
    assert [n.name for n in nodes] == ["root", "pipe", "valve"]
    assert _last(emulator)[2] == {"depth": "1", "nodeId": "7", "sortByNodeId": "true", "limit": "10"}
    pipes = await td.revisions.filter_nodes(model.id, rev.id, properties={"PDMS": {"Type": ["PIPE"]}}, limit=10)
    assert [n.id for n in pipes] == [8]
    assert _last(emulator)[3] == {"filter": {"properties": {"PDMS": {"Type": ["PIPE"]}}}, "limit": 10}
    assert [n.id for n in await td.revisions.list_ancestor_nodes(model.id, rev.id, node_id=9)] == [7, 9]

    asset = await async_client.assets.create(Asset(name="pump"))
    mapping = await td.asset_mappings.create(model.id, rev.id, ThreeDAssetMapping(node_id=8, asset_id=asset.id))
    assert _last(emulator)[3] == {"items": [{"nodeId": 8, "assetId": asset.id}]}
    assert (mapping.tree_index, mapping.subtree_size) == (1, 1)
    assert (await td.revisions.retrieve(model.id, rev.id)).asset_mapping_count == 1
    listed = await td.asset_mappings.list(model.id, rev.id, asset_id=asset.id)
    assert [m.node_id for m in listed] == [8]
    assert len(await td.asset_mappings.list(model.id, rev.id, asset_id=asset.id + 1)) == 0
    await td.asset_mappings.delete(model.id, rev.id, listed[0])
    assert _last(emulator)[3] == {"items": [{"nodeId": 8, "assetId": asset.id}]}
    assert len(await td.asset_mappings.list(model.id, rev.id)) == 0

    await td.models.delete(id=[model.id, other.id])
    assert _last(emulator)[3] == {"items": [{"id": model.id}, {"id": other.id}]}
    assert len(await td.models.list()) == 0 and len(emulator.resource("3d_revisions").store) == 0


SOURCES = [{"id": 1, "name": "Pump 01"}, {"id": 2, "name": "valve 7"}]
TARGETS = [{"id": 10, "name": "PUMP-01"}, {"id": 11, "name": "Valve-7"}, {"id": 12, "name": "pump 02"}]


async def test_entity_matching_requests(async_client: AsyncCogniteClient, emulator: Emulator) -> None:
    em = async_client.entity_matching
    model = await em.fit(
        sources=SOURCES,
        targets=TARGETS,
        true_matches=[(1, 12)],
        match_fields=[("name", "name")],
        feature_type="insensitive",
        external_id="em",
    )
    assert (model.external_id, model.status) == ("em", "Queued")
    assert _last(emulator)[3] == {
        "sources": SOURCES,
        "targets": TARGETS,
        "trueMatches": [{"sourceId": 1, "targetId": 12}],
        "matchFields": [{"source": "name", "target": "name"}],
        "featureType": "insensitive",
        "externalId": "em",
    }
    assert (await em.retrieve(id=model.id)).status == "Completed"
    job = await em.predict(external_id="em", num_matches=2)
    assert job.status == "Queued" and _last(emulator)[3] == {"externalId": "em", "numMatches": 2}
    await job.wait_for_completion_async(interval=0)
    matches = {item["source"]["id"]: [(m["target"]["id"], m["score"]) for m in item["matches"]] for item in job.items}
    assert matches == {1: [(10, 1.0), (12, 1.0)], 2: [(11, 1.0)]}  # 1 -> 12 is a true match; ties keep target order

    refit = await em.refit(true_matches=[(2, 10)], external_id="em")
    assert refit.original_id == model.id and refit.id != model.id
    assert _last(emulator)[3] == {"externalId": "em", "trueMatches": [{"sourceId": 2, "targetId": 10}]}
    job = await em.predict(id=refit.id, sources=[SOURCES[1]], targets=TARGETS[:2], score_threshold=0.9)
    await job.wait_for_completion_async(interval=0)
    assert [[m["target"]["id"] for m in i["matches"]] for i in job.items] == [[10]]

    assert [m.id for m in await em.list(feature_type="insensitive")] == [model.id, refit.id]
    assert _last(emulator)[3]["filter"] == {"featureType": "insensitive"}
    assert len(await em.list(feature_type="simple")) == 0
    await em.delete(id=model.id)
    assert [m.id for m in await em.list()] == [refit.id]
    with pytest.raises(ValueError, match="exactly one"):
        await em.predict()


async def test_prediction_job_waits_for_its_result(async_client: AsyncCogniteClient, emulator: Emulator) -> None:
    model = await async_client.entity_matching.fit(sources=SOURCES, targets=TARGETS)
    emulator.resource("entitymatching").running_reads = 2  # two polls see "Running", the third the result
    job = await async_client.entity_matching.predict(id=model.id)
    await job.wait_for_completion_async(interval=0)
    polls = emulator.requests.find("GET", f"/context/entitymatching/jobs/{job.job_id}")
    assert len(polls) == 3 and job.status == "Completed"
    assert job.result["items"][0]["matches"][0]["target"]["id"] == 10


async def test_polling_reads_before_it_sleeps(
    async_client: AsyncCogniteClient, emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A job done on its first read costs one request and no sleep; a job seen running twice, two sleeps."""
    waits: list[float] = []
    real_sleep = asyncio.sleep

    async def record(seconds: float) -> None:
        waits.append(seconds)
        await real_sleep(0)

    monkeypatch.setattr(asyncio, "sleep", record)
    model = await async_client.entity_matching.fit(sources=SOURCES, targets=TARGETS)
    job = await async_client.entity_matching.predict(id=model.id)
    await job.wait_for_completion_async(interval=30)
    assert job.status == "Completed" and waits.count(30) == 0
    assert len(emulator.requests.find("GET", f"/context/entitymatching/jobs/{job.job_id}")) == 1

    emulator.resource("entitymatching").running_reads = 2
    job = await async_client.entity_matching.predict(id=model.id)
    await job.wait_for_completion_async(interval=30)
    assert job.status == "Completed" and waits.count(30) == 2
    assert len(emulator.requests.find("GET", f"/context/entitymatching/jobs/{job.job_id}")) == 3


async def test_failed_prediction_job_raises(async_client: AsyncCogniteClient, emulator: Emulator) -> None:
    model = await async_client.entity_matching.fit(sources=SOURCES, targets=TARGETS)
    emulator.resource("entitymatching").failure = "bad features"
    job = await async_client.entity_matching.predict(id=model.id)
    with pytest.raises(CogniteModelFailedError):
        await job.wait_for_completion_async(interval=0)
    assert job.error_message == "bad features"
    emulator.resource("entitymatching").running_reads = 1000
    slow = await async_client.entity_matching.predict(id=model.id)
    with pytest.raises(TimeoutError):
        await slow.wait_for_completion_async(timeout=0)
