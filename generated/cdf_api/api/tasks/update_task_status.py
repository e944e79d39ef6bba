"""`POST /workflows/tasks/{taskId}/update` (UpdateTaskStatus): Update task status"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.task_execution import TaskExecution
from ...models.update_task_status_body import UpdateTaskStatusBody

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "UpdateTaskStatus"


def build_request(
    *,
    task_id: str,
    body: UpdateTaskStatusBody,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Update task status


    > **Required capabilities:** `workflowOrchestrationACL:WRITE`

    Update the status of a task that is defined to be completed asynchronously (i.e. task parameter
    `isAsyncComplete` is set to `true`). The status can be set to `COMPLETED`, `FAILED`, or
    `FAILED_WITH_TERMINAL_ERROR`.

     - `COMPLETED`: the workflow execution will continue according to the workflow definition.\\
     - `FAILED`: the task will be retried according to the `retries` parameter for the task in the workflow
    definition.\\
     - `FAILED_WITH_TERMINAL_ERROR`: the task won't be retried.\\
    If an `output` is provided, it'll be merged with the original output of the task.

    Args:
        task_id (str): UUIDv4 identifier for the execution of a workflow task.
        body (UpdateTaskStatusBody):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    json_body: Any = None
    content: bytes | None = None
    json_body = body.to_dict()

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/workflows/tasks/{task_id}/update".format(
            task_id=path_segment(task_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> TaskExecution:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = TaskExecution.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    task_id: str,
    body: UpdateTaskStatusBody,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> TaskExecution:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(task_id=task_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    task_id: str,
    body: UpdateTaskStatusBody,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> TaskExecution:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(task_id=task_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
