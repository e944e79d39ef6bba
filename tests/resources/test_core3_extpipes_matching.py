"""Extraction pipelines and entity matching with the official signatures (one vs many, new parameters)."""

from __future__ import annotations

from typing import Any

import pytest

from cognite.client.data_classes import (
    DataSet,
    EntityMatchingPredictionResult,
    ExtractionPipeline,
    ExtractionPipelineConfigWrite,
    ExtractionPipelineList,
    ExtractionPipelineRun,
    ExtractionPipelineRunList,
    ExtractionPipelineRunWrite,
    ExtractionPipelineWrite,
)
from cognite.emulator import Emulator


async def _pipeline(client: Any, resolve: Any, xid: str = "ep") -> Any:
    ds = await resolve(client.data_sets.create(DataSet(external_id=f"ds-{xid}", name="ds")))
    return await resolve(
        client.extraction_pipelines.create(ExtractionPipelineWrite(external_id=xid, name="pipe", data_set_id=ds.id))
    )


async def test_pipelines_one_or_many_and_iteration(client: Any, resolve: Any, drain: Any) -> None:
    one = await _pipeline(client, resolve)
    assert isinstance(one, ExtractionPipeline) and one.external_id == "ep"
    ds = await resolve(client.data_sets.create(DataSet(external_id="ds2", name="ds")))
    many = await resolve(
        client.extraction_pipelines.create(
            [ExtractionPipelineWrite(external_id=x, name=x, data_set_id=ds.id) for x in ("a", "b")]
        )
    )
    assert isinstance(many, ExtractionPipelineList) and [p.external_id for p in many] == ["a", "b"]
    assert sorted(p.external_id for p in await drain(client.extraction_pipelines())) == ["a", "b", "ep"]
    assert [len(c) for c in await drain(client.extraction_pipelines(chunk_size=2))] == [2, 1]
    assert len(await resolve(client.extraction_pipelines.list(limit=2))) == 2
    await resolve(client.extraction_pipelines.delete(external_id=["a", "b"]))
    assert [p.external_id for p in await resolve(client.extraction_pipelines.list())] == ["ep"]
    with pytest.raises(TypeError, match="unexpected keyword"):
        await resolve(client.extraction_pipelines.delete(id=one.id, ignore_unknown_ids=True))


async def test_runs_one_or_many_and_created_time_as_string(client: Any, resolve: Any, emulator: Emulator) -> None:
    await _pipeline(client, resolve)
    run = await resolve(
        client.extraction_pipelines.runs.create(ExtractionPipelineRunWrite(external_id="ep", status="seen"))
    )
    assert isinstance(run, ExtractionPipelineRun) and run.status == "seen"
    runs = await resolve(
        client.extraction_pipelines.runs.create(
            [
                ExtractionPipelineRunWrite(external_id="ep", status=s, message="disk full")
                for s in ("failure", "success")
            ]
        )
    )
    assert isinstance(runs, ExtractionPipelineRunList) and len(runs) == 2
    recent = await resolve(client.extraction_pipelines.runs.list("ep", statuses="failure", created_time="1d-ago"))
    assert [r.status for r in recent] == ["failure"]
    sent = emulator.requests.find("POST", "/extpipes/runs/list")[-1].json()["filter"]
    assert set(sent["createdTime"]) == {"min"} and sent["statuses"] == ["failure"]
    assert await resolve(client.extraction_pipelines.runs.list("ep", created_time={"min": 0, "max": 1})) == []


async def test_config_retrieve_active_at_time(client: Any, resolve: Any, emulator: Emulator) -> None:
    await _pipeline(client, resolve)
    first = await resolve(
        client.extraction_pipelines.config.create(ExtractionPipelineConfigWrite(external_id="ep", config="a: 1"))
    )
    await resolve(
        client.extraction_pipelines.config.create(ExtractionPipelineConfigWrite(external_id="ep", config="a: 2"))
    )
    emulator.resource("extpipes").configs["ep"][0]["createdTime"] -= 10  # apart even when created in one ms
    at_first = await resolve(client.extraction_pipelines.config.retrieve("ep", active_at_time=first.created_time - 5))
    assert at_first.config == "a: 1"
    assert (await resolve(client.extraction_pipelines.config.retrieve("ep", revision=2))).config == "a: 2"


SOURCES = [{"id": 1, "name": "pump 1"}, {"id": 2, "name": "valve 2"}]
TARGETS = [{"id": 10, "name": "pump 1"}, {"id": 20, "name": "valve 2"}]


async def test_entity_matching_signatures(client: Any, resolve: Any) -> None:
    model = await resolve(
        client.entity_matching.fit(SOURCES, TARGETS, match_fields={"name": "name"}, external_id="m", name="m")
    )
    assert model.match_fields == [{"source": "name", "target": "name"}]
    job = await resolve(client.entity_matching.predict(SOURCES, TARGETS, id=model.id))
    assert isinstance(job, EntityMatchingPredictionResult)
    jobs = await resolve(client.entity_matching.list_jobs())
    assert [j.job_id for j in jobs] == [job.job_id]
    assert [m.id for m in await resolve(client.entity_matching.retrieve_multiple(external_ids=["m"]))] == [model.id]
    with pytest.raises(TypeError, match="unexpected keyword"):
        await resolve(client.entity_matching.retrieve_multiple(ids=[model.id], ignore_unknown_ids=True))
    await resolve(client.entity_matching.delete(external_id="m"))
    assert await resolve(client.entity_matching.retrieve(external_id="m")) is None
