"""`POST /models/instances/delete` (deleteBulk): Delete nodes/edges"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.node_or_edge_delete_request import NodeOrEdgeDeleteRequest
from ...models.node_or_edge_delete_response import NodeOrEdgeDeleteResponse

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "deleteBulk"


def build_request(
    *,
    body: NodeOrEdgeDeleteRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Delete nodes/edges


    > **Required capabilities:** `DataModelsAcl:WRITE`

    Delete nodes and edges in a transaction. Limited to 1000 nodes/edges at a time.


    When a node is selected for deletion, all connected incoming and outgoing edges that point to or from it are
    also deleted. However, please note that the operation might fail if the node has a high number of edge
    connections. If this is the case, consider deleting the edges connected to the node before deleting the node
    itself.
    Nodes and/or edges that do not exist in the graph when the delete request is processed will be ignored. The
    rationale for this is that the end-state will reflect the desired state regardless of the instance's previous
    state.
    Note that attempting to delete something from a space that does not exist will be considered an invalid
    request, as the API does not affect spaces themselves, only graph nodes and edges.

    Args:
        body (NodeOrEdgeDeleteRequest):
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
        path="/models/instances/delete",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> NodeOrEdgeDeleteResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = NodeOrEdgeDeleteResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: NodeOrEdgeDeleteRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> NodeOrEdgeDeleteResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: NodeOrEdgeDeleteRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> NodeOrEdgeDeleteResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
