"""`GET /3d/models/{modelId}/revisions/{revisionId}/nodes` (get3DNodes): List 3D nodes"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, query_params, request_headers
from ...models.node_3d_with_cursor_response import Node3DWithCursorResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "get3DNodes"


def build_request(
    *,
    model_id: int,
    revision_id: int,
    partition: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    depth: int | Unset = UNSET,
    node_id: int | Unset = UNSET,
    sort_by_node_id: bool | Unset = UNSET,
    properties: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List 3D nodes


    > **Required capabilities:** `threedAcl:READ`

    Retrieves a list of nodes from the hierarchy in the 3D model. You can also request a specific subtree with the
    'nodeId' query parameter and limit the depth of the resulting subtree with the 'depth' query parameter. By
    default, nodes are returned in order of ascending treeIndex. We suggest trying to set the query parameter
    `sortByNodeId` to `true` to check whether it makes your use case faster. The `partition` parameter can only be
    used if `sortByNodeId` is set to `true`. This operation supports pagination. If the model revision is still
    being processed, you will get a HTTP status 400 when accessing nodes too early. Wait until the retrieve
    revision response returns "status":"Done" before calling nodes endpoints.

    Args:
        model_id (int):
        revision_id (int):
        partition (str | Unset):  Example: 1/10.
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        limit (int | Unset):
        depth (int | Unset):
        node_id (int | Unset):
        sort_by_node_id (bool | Unset):
        properties (str | Unset):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["partition"] = partition
    params["cursor"] = cursor
    params["limit"] = limit
    params["depth"] = depth
    params["nodeId"] = node_id
    params["sortByNodeId"] = sort_by_node_id
    params["properties"] = properties
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/3d/models/{model_id}/revisions/{revision_id}/nodes".format(
            model_id=path_segment(model_id),
            revision_id=path_segment(revision_id),
        ),
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> Node3DWithCursorResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = Node3DWithCursorResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    model_id: int,
    revision_id: int,
    partition: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    depth: int | Unset = UNSET,
    node_id: int | Unset = UNSET,
    sort_by_node_id: bool | Unset = UNSET,
    properties: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Node3DWithCursorResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        model_id=model_id,
        revision_id=revision_id,
        partition=partition,
        cursor=cursor,
        limit=limit,
        depth=depth,
        node_id=node_id,
        sort_by_node_id=sort_by_node_id,
        properties=properties,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    model_id: int,
    revision_id: int,
    partition: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    depth: int | Unset = UNSET,
    node_id: int | Unset = UNSET,
    sort_by_node_id: bool | Unset = UNSET,
    properties: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Node3DWithCursorResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        model_id=model_id,
        revision_id=revision_id,
        partition=partition,
        cursor=cursor,
        limit=limit,
        depth=depth,
        node_id=node_id,
        sort_by_node_id=sort_by_node_id,
        properties=properties,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))
