"""`POST /workflows/executions/{executionId}/retry` (WorkflowExecutionRetry): Retry workflow execution"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.retry_execution import RetryExecution
from ...models.workflow_execution_response import WorkflowExecutionResponse

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "WorkflowExecutionRetry"


def build_request(
    *,
    execution_id: UUID,
    body: RetryExecution,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retry workflow execution


    > **Required capabilities:** `workflowOrchestrationACL:WRITE`

    This endpoint restarts a previously failed, timed out, or terminated workflow execution by retrying tasks that
    did not complete successfully. It aims to resume execution activity from the point(s) of failure.

    Behavior of the retry operation:
    - Targeted Task Retry: Only retries tasks that have stopped in a terminal state such as `CANCELED`, `FAILED`,
    `FAILED_WITH_TERMINAL_ERROR`, and `TIMED_OUT`. Optional tasks are not retried.
    - Subworkflows and Dynamic Tasks: When a failure occurs within a subworkflow or as part of a dynamic task,
    only the individual nested tasks that failed are retried. The subworkflow or dynamic task container itself is
    not retried.
    - Retry Limits: Tasks that have reached or exceeded their designated retry limits will not have their retry
    counts reset to zero. Instead, each retry request permits these tasks a single additional retry.

    Args:
        execution_id (UUID): UUIDv4 identifier for a workflow execution. Example:
            059edaa4-a17a-4102-910e-2c3591500cce.
        body (RetryExecution):
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
        path="/workflows/executions/{execution_id}/retry".format(
            execution_id=path_segment(execution_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> WorkflowExecutionResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = WorkflowExecutionResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    execution_id: UUID,
    body: RetryExecution,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> WorkflowExecutionResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(execution_id=execution_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    execution_id: UUID,
    body: RetryExecution,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> WorkflowExecutionResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(execution_id=execution_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
