"""`GET /workflows/executions/{executionId}` (ExecutionOfSpecificRunOfWorkflow): Retrieve workflow execution details"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.workflow_execution import WorkflowExecution

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "ExecutionOfSpecificRunOfWorkflow"


def build_request(
    *,
    execution_id: UUID,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve workflow execution details


    > **Required capabilities:** `workflowOrchestrationACL:READ`

    Retrieve detailed information about a specific workflow execution.

    Args:
        execution_id (UUID): UUIDv4 identifier for a workflow execution. Example:
            059edaa4-a17a-4102-910e-2c3591500cce.
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/workflows/executions/{execution_id}".format(
            execution_id=path_segment(execution_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> WorkflowExecution:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = WorkflowExecution.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    execution_id: UUID,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> WorkflowExecution:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(execution_id=execution_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    execution_id: UUID,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> WorkflowExecution:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(execution_id=execution_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
