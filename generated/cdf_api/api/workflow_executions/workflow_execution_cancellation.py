"""`POST /workflows/executions/{executionId}/cancel` (WorkflowExecutionCancellation): Cancel a workflow execution"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.cancel_execution import CancelExecution
from ...models.workflow_execution_response import WorkflowExecutionResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "WorkflowExecutionCancellation"


def build_request(
    *,
    execution_id: UUID,
    body: CancelExecution | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Cancel a workflow execution


    > **Required capabilities:** `workflowOrchestrationACL:WRITE`

    Stops the specified execution from starting new workflow tasks and sets the workflow execution status to
    `TERMINATED`. Already running tasks will be marked as CANCELED. Note that the actions taken by the canceled
    tasks won't be stopped, and these need to be canceled separately if desired. For example, to cancel a running
    transformation, use the
    [/transformations/cancel](#/Transformations/postApiV1ProjectsProjectTransformationsCancel) endpoint.

    Args:
        execution_id (UUID): UUIDv4 identifier for a workflow execution. Example:
            059edaa4-a17a-4102-910e-2c3591500cce.
        body (CancelExecution | Unset):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    json_body: Any = None
    content: bytes | None = None

    if not isinstance(body, Unset):
        json_body = body.to_dict()

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/workflows/executions/{execution_id}/cancel".format(
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
    body: CancelExecution | Unset = UNSET,
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
    body: CancelExecution | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> WorkflowExecutionResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(execution_id=execution_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
