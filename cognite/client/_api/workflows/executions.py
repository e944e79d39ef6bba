"""Workflow executions (``client.workflows.executions``) and task status updates (``client.workflows.tasks``)."""

from __future__ import annotations

from collections.abc import MutableSequence
from typing import TYPE_CHECKING, Any, Literal

from cognite.client._api._base import DEFAULT_LIMIT_READ, ResourceAPI
from cognite.client._api.workflows._common import WorkflowVersionIdentifier, path, session_nonce, workflow_filters
from cognite.client._api_client import APIClient
from cognite.client._mechanisms.bulk import parse_json
from cognite.client.data_classes.workflows import (
    WorkflowExecution,
    WorkflowExecutionDetailed,
    WorkflowExecutionList,
    WorkflowStatus,
    WorkflowTaskExecution,
)
from cognite.client.exceptions import CogniteNotFoundError

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from cognite.client._api_client import CallOptions
    from cognite.client.data_classes.iam import ClientCredentials

_STATUSES = ("completed", "failed", "running", "terminated", "timed_out")


def _check_id(id: Any) -> None:
    if not isinstance(id, str) or not id:
        raise TypeError(f"An execution id is a non-empty str, not {id!r}")


class WorkflowExecutionAPI(ResourceAPI[WorkflowExecution, WorkflowExecutionList]):
    """``client.workflows.executions``"""

    _RESOURCE_PATH = "/workflows/executions"
    _resource_cls = WorkflowExecution
    _list_cls = WorkflowExecutionList

    async def retrieve_detailed(self, id: str, **options: Unpack[CallOptions]) -> WorkflowExecutionDetailed | None:
        """An execution with its definition and task executions (None if there is none).

        Example:
            >>> res = client.workflows.executions.retrieve_detailed("000560bc-9080-4286-b242-a27bb4819253")  # doctest: +SKIP
        """
        _check_id(id)
        try:
            response = await self._get(path("/workflows/executions/{}", id))
        except CogniteNotFoundError:
            return None
        return WorkflowExecutionDetailed._load(parse_json(response.content), cognite_client=self._cognite_client)

    async def run(
        self,
        workflow_external_id: str,
        version: str,
        input: dict | None = None,
        metadata: dict | None = None,
        client_credentials: ClientCredentials | None = None,
        nonce: str | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowExecution:
        """Start an execution of a workflow version (authenticated by a new session, or ``nonce``).

        Example:
            >>> res = client.workflows.executions.run("foo", "1", input={"a": 1})  # doctest: +SKIP
        """
        if input is not None and not isinstance(input, dict):
            raise TypeError("input must be a dict")
        if metadata is not None and not isinstance(metadata, dict):
            raise TypeError("metadata must be a dict")
        nonce = nonce or await session_nonce(self._cognite_client, client_credentials)
        body: dict[str, Any] = {"authentication": {"nonce": nonce}}
        if input is not None:
            body["input"] = input
        if metadata is not None:
            body["metadata"] = metadata
        response = await self._post(path("/workflows/{}/versions/{}/run", workflow_external_id, version), json=body)
        return self._load(parse_json(response.content))

    async def list(
        self,
        workflow_version_ids: WorkflowVersionIdentifier | MutableSequence[WorkflowVersionIdentifier] | None = None,
        created_time_start: int | None = None,
        created_time_end: int | None = None,
        statuses: WorkflowStatus | MutableSequence[WorkflowStatus] | None = None,
        limit: int | None = DEFAULT_LIMIT_READ,
        **options: Unpack[CallOptions],
    ) -> WorkflowExecutionList:
        """List executions (at least one filter is required).

        Example:
            >>> res = client.workflows.executions.list(("my_workflow", "1"))  # doctest: +SKIP
        """
        if all(v is None for v in (workflow_version_ids, created_time_start, created_time_end, statuses)):
            raise ValueError(
                "Give at least one of workflow_version_ids, created_time_start, created_time_end, statuses"
            )
        flt: dict[str, Any] = {}
        if workflow_version_ids is not None:
            flt["workflowFilters"] = workflow_filters(workflow_version_ids)
        if created_time_start is not None:
            flt["createdTimeStart"] = created_time_start
        if created_time_end is not None:
            flt["createdTimeEnd"] = created_time_end
        if statuses is not None:
            given = [statuses] if isinstance(statuses, str) else list(statuses)
            bad = [s for s in given if s.lower() not in _STATUSES]
            if bad:
                raise ValueError(f"Unknown statuses {bad}; use {', '.join(_STATUSES)}")
            flt["status"] = [s.upper() for s in given]
        return await self._list_filtered(flt, limit)

    async def cancel(self, id: str, reason: str | None, **options: Unpack[CallOptions]) -> WorkflowExecution:
        """Cancel a running execution (its running tasks are cancelled too).

        Example:
            >>> client.workflows.executions.cancel(id="foo", reason="test cancellation")  # doctest: +SKIP
        """
        _check_id(id)
        body = {"reason": reason} if reason else {}
        response = await self._post(path("/workflows/executions/{}/cancel", id), json=body)
        return self._load(parse_json(response.content))

    async def retry(
        self, id: str, client_credentials: ClientCredentials | None = None, **options: Unpack[CallOptions]
    ) -> WorkflowExecution:
        """Retry a failed or cancelled execution: what did not complete runs again.

        Example:
            >>> client.workflows.executions.retry(res.id)  # doctest: +SKIP
        """
        _check_id(id)
        nonce = await session_nonce(self._cognite_client, client_credentials)
        response = await self._post(
            path("/workflows/executions/{}/retry", id), json={"authentication": {"nonce": nonce}}
        )
        return self._load(parse_json(response.content))


class WorkflowTaskAPI(APIClient):
    """``client.workflows.tasks``"""

    _RESOURCE_PATH = "/workflows/tasks"

    async def update(
        self,
        task_id: str,
        status: Literal["completed", "failed", "failed_with_terminal_error"],
        output: dict | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowTaskExecution:
        """Complete (or fail) an async-complete task.

        Example:
            >>> res = client.workflows.tasks.update("000560bc-9080-4286-b242-a27bb4819253", status="completed")  # doctest: +SKIP
        """
        if status not in ("completed", "failed", "failed_with_terminal_error"):
            raise ValueError(f"status must be completed, failed or failed_with_terminal_error, not {status!r}")
        body: dict[str, Any] = {"status": status.upper()}
        if output is not None:
            body["output"] = output
        response = await self._post(path("/workflows/tasks/{}/update", task_id), json=body)
        return WorkflowTaskExecution._load(parse_json(response.content), cognite_client=self._cognite_client)
