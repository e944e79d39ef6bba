"""Workflows through the SDK against the emulator: definitions, executions that really run (a DAG of CDF requests
to the emulator itself, retries, onFailure, dynamic tasks and subworkflows), cancel, retry, and triggers fired by
the emulator's trigger clock (`run_due`)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from cognite.client import AsyncCogniteClient
from cognite.client.data_classes import (
    CDFTaskParameters,
    DynamicTaskParameters,
    FunctionTaskParameters,
    WorkflowDefinitionUpsert,
    WorkflowTask,
    WorkflowUpsert,
    WorkflowVersionId,
    WorkflowVersionUpsert,
)
from cognite.client.data_classes.workflows import (
    SubworkflowReferenceParameters,
    WorkflowExecutionDetailed,
    WorkflowScheduledTriggerRule,
    WorkflowTriggerUpsert,
)
from cognite.client.exceptions import CogniteAPIError
from cognite.emulator import Emulator

MINUTE = 60_000


def cdf(xid: str, path: str, body: Any = None, method: str = "POST", **kw: Any) -> WorkflowTask:
    return WorkflowTask(xid, CDFTaskParameters(path, method, body=body), **kw)


async def version(client: AsyncCogniteClient, tasks: list[WorkflowTask], wf: str = "wf", v: str = "1") -> None:
    await client.workflows.versions.upsert(WorkflowVersionUpsert(wf, v, WorkflowDefinitionUpsert(tasks)))


async def finished(client: AsyncCogniteClient, execution_id: str) -> WorkflowExecutionDetailed:
    """The execution once it is no longer running (it runs on the emulator's background loop)."""
    for _ in range(2000):
        ex = await client.workflows.executions.retrieve_detailed(execution_id)
        assert ex is not None
        if ex.status != "running":
            return ex
        await asyncio.sleep(0.01)
    raise AssertionError(f"execution {execution_id} still running")


def statuses(ex: WorkflowExecutionDetailed) -> dict[str, str]:
    return {t.external_id: t.status for t in ex.executed_tasks}


async def test_workflow_and_version_crud(async_client: AsyncCogniteClient) -> None:
    wf = await async_client.workflows.upsert(WorkflowUpsert("wf", description="d"))
    assert (wf.external_id, wf.description) == ("wf", "d")
    await version(async_client, [cdf("t", "/assets/list", {"limit": 1})])
    await version(async_client, [cdf("t", "/assets/list", {"limit": 2})], v="2")
    assert [w.external_id for w in await async_client.workflows.list()] == ["wf"]
    got = await async_client.workflows.retrieve("wf")
    assert got is not None and got.description == "d"
    assert await async_client.workflows.retrieve("nope") is None
    assert len(await async_client.workflows.retrieve(["wf", "nope"], ignore_unknown_ids=True)) == 1
    v1 = await async_client.workflows.versions.retrieve(WorkflowVersionId("wf", "1"))
    assert v1 is not None and v1.workflow_definition.tasks[0].type == "cdf"
    assert v1.workflow_definition.tasks[0].parameters.dump()["cdfRequest"]["body"] == {"limit": 1}  # type: ignore[union-attr]
    assert sorted(v.version for v in await async_client.workflows.versions.list("wf")) == ["1", "2"]
    assert [v.version for v in await async_client.workflows.versions.list([("wf", "2")])] == ["2"]
    assert len([v async for v in async_client.workflows.versions()]) == 2
    await async_client.workflows.versions.delete(("wf", "2"))
    assert await async_client.workflows.versions.retrieve(("wf", "2")) is None
    await async_client.workflows.delete("wf")
    assert list(await async_client.workflows.versions.list()) == []


async def test_definitions_are_checked(async_client: AsyncCogniteClient) -> None:
    with pytest.raises(CogniteAPIError, match="unknown task"):
        await version(async_client, [cdf("a", "/x", depends_on=["ghost"])])
    with pytest.raises(CogniteAPIError, match="cycle"):
        await version(async_client, [cdf("a", "/x", depends_on=["b"]), cdf("b", "/x", depends_on=["a"])])
    with pytest.raises(ValueError, match="on_failure"):
        cdf("a", "/x", on_failure="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="at least one"):
        await async_client.workflows.executions.list()


async def test_dag_with_retries_and_failure_policies(async_client: AsyncCogniteClient, emulator: Emulator) -> None:
    """a creates an asset; b (after a) reads it back through a reference to a's output; c fails (an unknown id)
    after its retries but skips; d runs after c; e fails and aborts the workflow."""
    tasks = [
        cdf("a", "/assets", {"items": [{"externalId": "${workflow.input.xid}", "name": "pump"}]}),
        cdf("b", "/assets/byids", {"items": [{"id": "${a.output.response.items.0.id}"}]}, depends_on=["a"]),
        cdf("c", "/assets/byids", {"items": [{"externalId": "missing"}]}, retries=2, on_failure="skipTask"),
        cdf("d", "/assets/list", {"limit": 5}, depends_on=["b", "c"]),
        cdf("e", "/events/byids", {"items": [{"id": 1}]}, retries=0, depends_on=["d"]),
    ]
    await version(async_client, tasks)
    run = await async_client.workflows.executions.run("wf", "1", input={"xid": "p1"}, metadata={"k": "v"})
    assert run.status == "running" and run.metadata == {"k": "v"}
    ex = await finished(async_client, run.id)
    assert ex.status == "failed"
    assert statuses(ex) == {"a": "completed", "b": "completed", "c": "failed", "d": "completed", "e": "failed"}
    assert "Task e failed" in (ex.reason_for_incompletion or "")
    by_xid = {t.external_id: t for t in ex.executed_tasks}
    assert by_xid["b"].input.dump()["cdfRequest"]["body"]["items"][0]["id"] > 0  # the reference, resolved
    assert by_xid["b"].output.dump()["response"]["items"][0]["externalId"] == "p1"
    asset = await async_client.assets.retrieve(external_id="p1")
    assert asset is not None and asset.name == "pump"
    attempts = [r for r in emulator.requests if r.path.endswith("/assets/byids") and r.status == 400]
    assert len(attempts) == 3  # c: the first try and its two retries
    listed = await async_client.workflows.executions.list(("wf", "1"), statuses=["failed"])
    assert [e.id for e in listed] == [run.id]


async def test_retry_reruns_what_did_not_complete(async_client: AsyncCogniteClient) -> None:
    tasks = [
        cdf("create", "/assets", {"items": [{"externalId": "x1", "name": "x"}]}),
        cdf("read", "/assets/byids", {"items": [{"externalId": "x2"}]}, retries=0, depends_on=["create"]),
    ]
    await version(async_client, tasks)
    run = await async_client.workflows.executions.run("wf", "1")
    failed = await finished(async_client, run.id)
    assert statuses(failed) == {"create": "completed", "read": "failed"}
    await async_client.assets.create({"externalId": "x2", "name": "y"})  # type: ignore[arg-type]
    await async_client.workflows.executions.retry(run.id)
    done = await finished(async_client, run.id)
    assert done.status == "completed"
    assert statuses(done) == {"create": "completed", "read": "completed"}
    assert len(await async_client.assets.list(external_id_prefix="x")) == 2  # create did not run twice


async def test_cancel_stops_a_running_execution(async_client: AsyncCogniteClient) -> None:
    """The task long-polls a datapoint subscription that gets no data: the execution runs until cancelled."""
    from cognite.client.data_classes import DataPointSubscriptionWrite, TimeSeriesWrite

    await async_client.time_series.create(TimeSeriesWrite(external_id="quiet"))
    await async_client.time_series.subscriptions.create(
        DataPointSubscriptionWrite("s", partition_count=1, time_series_ids=["quiet"])
    )
    body = {"externalId": "s", "partitions": [{"index": 0}], "initializeCursors": "now", "pollTimeoutSeconds": 60}
    await version(
        async_client,
        [cdf("wait", "/timeseries/subscriptions/data/list", body), cdf("after", "/x", depends_on=["wait"])],
    )
    run = await async_client.workflows.executions.run("wf", "1")
    for _ in range(500):  # until the task is in progress
        ex = await async_client.workflows.executions.retrieve_detailed(run.id)
        if ex is not None and ex.executed_tasks:
            break
        await asyncio.sleep(0.01)
    cancelled = await async_client.workflows.executions.cancel(run.id, reason="enough")
    assert cancelled.status == "terminated" and cancelled.reason_for_incompletion == "enough"
    ex = await finished(async_client, run.id)
    assert ex.status == "terminated" and statuses(ex) == {"wait": "cancelled"}
    with pytest.raises(CogniteAPIError, match="Only running"):
        await async_client.workflows.executions.cancel(run.id, reason=None)


async def test_dynamic_subworkflow_and_unemulated_tasks(async_client: AsyncCogniteClient) -> None:
    await version(async_client, [cdf("inner", "/assets", {"items": [{"externalId": "sub", "name": "s"}]})], wf="child")
    tasks = [
        WorkflowTask("dyn", DynamicTaskParameters("${workflow.input.tasks}")),
        WorkflowTask("sub", SubworkflowReferenceParameters("child", "1"), depends_on=["dyn"]),
        WorkflowTask("fn", FunctionTaskParameters("my_fn"), on_failure="skipTask", depends_on=["sub"]),
    ]
    await version(async_client, tasks)
    generated = [
        cdf(f"gen{i}", "/assets", {"items": [{"externalId": f"gen{i}", "name": "g"}]}).dump() for i in range(3)
    ]
    run = await async_client.workflows.executions.run("wf", "1", input={"tasks": generated})
    ex = await finished(async_client, run.id)
    assert ex.status == "completed"
    assert statuses(ex) == {
        "dyn": "completed",
        "gen0": "completed",
        "gen1": "completed",
        "gen2": "completed",
        "sub": "completed",
        "inner": "completed",
        "fn": "failed_with_terminal_error",
    }
    fn = next(t for t in ex.executed_tasks if t.external_id == "fn")
    assert "my_fn" in (fn.reason_for_incompletion or "")  # no such function in the (emulated) functions service
    assert len(await async_client.assets.list(external_id_prefix="gen")) == 3


async def test_schedule_trigger_fires_pauses_and_resumes(async_client: AsyncCogniteClient, emulator: Emulator) -> None:
    await version(async_client, [cdf("t", "/assets/list", {"limit": 1})])
    rule = WorkflowScheduledTriggerRule(cron_expression="*/10 * * * *")
    trigger = await async_client.workflows.triggers.upsert(
        WorkflowTriggerUpsert("every10", rule, "wf", "1", input={"a": 1}, metadata={"m": "x"})
    )
    assert not trigger.is_paused and trigger.trigger_rule.dump()["cronExpression"] == "*/10 * * * *"
    triggers = emulator.resource("workflow_triggers")
    start = trigger.created_time - trigger.created_time % (10 * MINUTE)  # the last 10-minute mark
    fired = triggers.run_due(start + 30 * MINUTE)
    assert [r["fireTime"] for r in fired] == [start + 10 * MINUTE, start + 20 * MINUTE, start + 30 * MINUTE]
    runs = await async_client.workflows.triggers.list_runs("every10")
    assert [r.status for r in runs] == ["success"] * 3 and runs[0].fire_time == start + 30 * MINUTE
    ex = await finished(async_client, runs[0].workflow_execution_id or "")
    assert ex.status == "completed" and ex.input == {"a": 1} and ex.metadata == {"m": "x"}

    await async_client.workflows.triggers.pause("every10")
    assert triggers.run_due(start + 60 * MINUTE) == []
    assert (await async_client.workflows.triggers.list())[0].is_paused
    await async_client.workflows.triggers.resume("every10")  # fires from now on, not for what it missed
    resumed_at = triggers._checked["every10"]
    later = triggers.run_due(resumed_at + 10 * MINUTE)
    assert len(later) == 1 and later[0]["fireTime"] > resumed_at
    await async_client.workflows.delete("wf")
    missing = triggers.run_due(resumed_at + 20 * MINUTE)
    assert [r["status"] for r in missing] == ["failed"] and "not found" in missing[0]["reasonForFailure"]
    await async_client.workflows.triggers.delete("every10")
    assert list(await async_client.workflows.triggers.list()) == []


async def test_bad_cron_is_rejected(async_client: AsyncCogniteClient) -> None:
    with pytest.raises(CogniteAPIError, match="cron"):
        await async_client.workflows.triggers.upsert(
            WorkflowTriggerUpsert("bad", WorkflowScheduledTriggerRule("61 * * * *"), "wf", "1")
        )


def test_sync_client_runs_a_workflow(sync_client: Any) -> None:
    sync_client.workflows.versions.upsert(
        WorkflowVersionUpsert("wf", "1", WorkflowDefinitionUpsert([cdf("t", "/assets/list", {"limit": 1})]))
    )
    run = sync_client.workflows.executions.run("wf", "1")
    for _ in range(2000):
        ex = sync_client.workflows.executions.retrieve_detailed(run.id)
        if ex.status != "running":
            break
    assert ex.status == "completed" and ex.executed_tasks[0].output.dump()["statusCode"] == 200
