"""`GET /workflows/{workflowExternalId}/versions/{version}` (GetSpecificVersion): Retrieve a workflow version"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.workflow_version_view import WorkflowVersionView

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "GetSpecificVersion"


def build_request(
    *,
    workflow_external_id: str,
    version: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve a workflow version


    > **Required capabilities:** `workflowOrchestrationACL:READ`

    Retrieve a version of a given workflow.

    Args:
        workflow_external_id (str): Identifier for a workflow. Must be unique for the project. No trailing or leading
            whitespace and no null characters allowed.
        version (str): Identifier for a version. Must be unique for the workflow. No trailing or leading whitespace
            and no null characters allowed.
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
        path="/workflows/{workflow_external_id}/versions/{version}".format(
            workflow_external_id=path_segment(workflow_external_id),
            version=path_segment(version),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> WorkflowVersionView:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = WorkflowVersionView.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    workflow_external_id: str,
    version: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> WorkflowVersionView:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        workflow_external_id=workflow_external_id, version=version, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    workflow_external_id: str,
    version: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> WorkflowVersionView:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        workflow_external_id=workflow_external_id, version=version, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))
