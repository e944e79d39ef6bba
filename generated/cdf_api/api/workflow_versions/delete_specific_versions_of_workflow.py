"""`POST /workflows/versions/delete` (DeleteSpecificVersionsOfWorkflow): Delete workflow versions"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, query_params, request_headers
from ...models.delete_specific_versions_of_workflow_body import DeleteSpecificVersionsOfWorkflowBody
from ...models.empty_response_body import EmptyResponseBody
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "DeleteSpecificVersionsOfWorkflow"


def build_request(
    *,
    body: DeleteSpecificVersionsOfWorkflowBody,
    ignore_unknown_ids: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Delete workflow versions


    > **Required capabilities:** `workflowOrchestrationACL:WRITE`

    Delete specific versions of one or more workflows.

    Args:
        ignore_unknown_ids (bool | Unset):
        body (DeleteSpecificVersionsOfWorkflowBody):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["ignoreUnknownIds"] = ignore_unknown_ids
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None
    json_body = body.to_dict()

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/workflows/versions/delete",
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> EmptyResponseBody:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = EmptyResponseBody.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: DeleteSpecificVersionsOfWorkflowBody,
    ignore_unknown_ids: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EmptyResponseBody:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        body=body, ignore_unknown_ids=ignore_unknown_ids, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: DeleteSpecificVersionsOfWorkflowBody,
    ignore_unknown_ids: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EmptyResponseBody:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        body=body, ignore_unknown_ids=ignore_unknown_ids, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))
