"""The official cognite-sdk's workflows API: the examples of its docstrings, unchanged, with the setup a reader
would have (the workflows and versions they name). Left out, each for a reason: runs with ``client_credentials``
from an environment variable, ``cancel(id="foo")`` (no execution has that id), ``executions.list()`` without a
filter (the official SDK itself refuses it), ``workflows.retrieve`` / ``versions.retrieve`` of a list (8.22 hands each
chunk, a list, to the one-item GET: "/workflows/['foo']", or an AttributeError; they cannot work against CDF either),
``tasks.update`` (needs a running async function task) and the record
stream trigger (record stream triggers are not emulated: a clear 400)."""

from __future__ import annotations

from typing import Any

from tests.conformance.conftest import ServedEmulator


def test_workflow_doc_examples(conformance_emulator: ServedEmulator, run_official: Any) -> None:
    out = run_official(
        """
        from cognite.client.data_classes import (
            CDFTaskParameters, WorkflowDefinitionUpsert, WorkflowTask, WorkflowVersionUpsert, TimeSeriesWrite,
            DataPointSubscriptionWrite,
        )
        # setup: foo/1 waits on a datapoint subscription (so it is still running when cancelled), my_workflow/v1
        client.time_series.create(TimeSeriesWrite(external_id="quiet"))
        client.time_series.subscriptions.create(
            DataPointSubscriptionWrite("s", partition_count=1, time_series_ids=["quiet"]))
        wait = {"externalId": "s", "partitions": [{"index": 0}], "initializeCursors": "now", "pollTimeoutSeconds": 30}
        client.workflows.versions.upsert(WorkflowVersionUpsert("foo", "1", WorkflowDefinitionUpsert(
            [WorkflowTask("wait", CDFTaskParameters("/timeseries/subscriptions/data/list", "POST", body=wait))])))
        client.workflows.versions.upsert(WorkflowVersionUpsert("my_workflow", "v1", WorkflowDefinitionUpsert(
            [WorkflowTask("t", CDFTaskParameters("/assets/list", "POST", body={"limit": 1}))])))
        client.workflows.versions.upsert(WorkflowVersionUpsert("bar", "1", WorkflowDefinitionUpsert(
            [WorkflowTask("t", CDFTaskParameters("/assets/list", "POST"))])))

        # workflows
        from cognite.client.data_classes import WorkflowUpsert
        wf = WorkflowUpsert(external_id="my_workflow", description="my workflow description")
        res = client.workflows.upsert(wf)
        wf2 = WorkflowUpsert(external_id="other", data_set_id=123)
        res = client.workflows.upsert([wf, wf2])
        upserted = sorted(w.external_id for w in res)
        workflow = client.workflows.retrieve("my_workflow")
        res = client.workflows.list(limit=None)
        listed = sorted(w.external_id for w in res)

        # versions
        from cognite.client.data_classes import (
            WorkflowVersionUpsert,
            WorkflowDefinitionUpsert,
            WorkflowTask,
            FunctionTaskParameters,
        )
        function_task = WorkflowTask(
            external_id="my_workflow-task1",
            parameters=FunctionTaskParameters(
                external_id="my_fn_xid",
                data={"a": 1, "b": 2},
            ),
        )
        new_version = WorkflowVersionUpsert(
            workflow_external_id="my_workflow",
            version="1",
            workflow_definition=WorkflowDefinitionUpsert(
                tasks=[function_task],
                description="This workflow has one step",
            ),
        )
        res = client.workflows.versions.upsert(new_version)
        version_task = res.workflow_definition.tasks[0].parameters.external_id
        from cognite.client.data_classes import WorkflowVersionId
        res = client.workflows.versions.retrieve(WorkflowVersionId("my_workflow", "v1"))
        retrieved_version = res.version
        res = client.workflows.versions.list(["my_workflow", "my_workflow_2"])
        versions = sorted(v.version for v in res)
        from cognite.client.data_classes import WorkflowVersionId
        res = client.workflows.versions.list(
            [WorkflowVersionId("my_workflow"), WorkflowVersionId("my_workflow_2")]
        )
        res = client.workflows.versions.list([("my_workflow", "1"), ("my_workflow_2", "2")])
        one_version = [v.version for v in res]

        # executions
        res = client.workflows.executions.run("foo", "1")
        res = client.workflows.executions.run("foo", "1", input={"a": 1, "b": 2})
        res = client.workflows.executions.list(("my_workflow", "1"))
        from cognite.client.utils import timestamp_to_ms
        res = client.workflows.executions.list(created_time_start=timestamp_to_ms("1d-ago"))
        n_executions = len(res)
        res = client.workflows.executions.retrieve_detailed(res[0].id)
        detailed_status = res.status
        res = client.workflows.executions.run("foo", "1")
        client.workflows.executions.cancel(id=res.id, reason="test cancellation")
        retried = client.workflows.executions.retry(res.id)
        for ex in client.workflows.executions.list(("foo", "1"), statuses=["running"], limit=None):
            client.workflows.executions.cancel(ex.id, reason="clean up")

        # triggers
        from cognite.client.data_classes.workflows import (
            WorkflowTriggerUpsert,
            WorkflowScheduledTriggerRule,
        )
        from zoneinfo import ZoneInfo
        client.workflows.triggers.upsert(
            WorkflowTriggerUpsert(
                external_id="my_trigger",
                trigger_rule=WorkflowScheduledTriggerRule(
                    cron_expression="0 0 * * *", timezone=ZoneInfo("UTC")
                ),
                workflow_external_id="my_workflow",
                workflow_version="1",
                input={"a": 1, "b": 2},
                metadata={"key": "value"},
            )
        )
        from cognite.client.data_classes.workflows import (
            WorkflowDataModelingTriggerRule,
            WorkflowTriggerDataModelingQuery,
        )
        from cognite.client.data_classes.data_modeling.query import (
            NodeResultSetExpression,
            Select,
            SourceSelector,
        )
        from cognite.client.data_classes.data_modeling import ViewId
        from cognite.client.data_classes.filters import Equals
        view_id = ViewId("my_space_id", "view_external_id", "v1")
        client.workflows.triggers.upsert(
            WorkflowTriggerUpsert(
                external_id="my_trigger",
                trigger_rule=WorkflowDataModelingTriggerRule(
                    data_modeling_query=WorkflowTriggerDataModelingQuery(
                        with_={
                            "timeseries": NodeResultSetExpression(
                                filter=Equals(
                                    view_id.as_property_ref("name"), value="my_name"
                                )
                            )
                        },
                        select={"timeseries": Select([SourceSelector(view_id, ["name"])])},
                    ),
                    batch_size=500,
                    batch_timeout=300,
                ),
                workflow_external_id="my_workflow",
                workflow_version="1",
            )
        )
        triggers = client.workflows.triggers.list(limit=None)
        rule_type = type(triggers[0].trigger_rule).__name__
        client.workflows.triggers.pause("my_trigger")
        paused = client.workflows.triggers.list(limit=None)[0].is_paused
        client.workflows.triggers.resume("my_trigger")
        runs = client.workflows.triggers.list_runs("my_trigger", limit=None)
        client.workflows.triggers.delete("my_trigger")

        # deleting
        client.workflows.versions.delete(("my workflow", "1"), ignore_unknown_ids=True)
        client.workflows.versions.delete(
            [WorkflowVersionId("my workflow", "1"), WorkflowVersionId("my workflow 2", "2")], ignore_unknown_ids=True
        )
        client.workflows.delete("my_workflow")
        emit({
            "upserted": upserted,
            "workflow": workflow.description,
            "listed": listed,
            "version_task": version_task,
            "retrieved_version": retrieved_version,
            "versions": versions,
            "one_version": one_version,
            "n_executions": n_executions,
            "detailed_status": detailed_status,
            "retried": retried.status,
            "rule_type": rule_type,
            "paused": paused,
            "runs": len(runs),
            "left": sorted(w.external_id for w in client.workflows.list(limit=None)),
        })
        """
    )
    assert out == {
        "upserted": ["my_workflow", "other"],
        "workflow": "my workflow description",
        "listed": ["bar", "foo", "my_workflow", "other"],
        "version_task": "my_fn_xid",
        "retrieved_version": "v1",
        "versions": ["1", "v1"],
        "one_version": ["1"],
        "n_executions": 2,
        "detailed_status": "running",
        "retried": "running",
        "rule_type": "WorkflowDataModelingTriggerRule",
        "paused": True,
        "runs": 0,
        "left": ["bar", "foo", "other"],
    }
