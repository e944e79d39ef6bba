"""`GET /3d/models/{modelId}/revisions/{revisionId}/nodes/{nodeId}/ancestors` (get3DNodeAncestors): List 3D ancestor nodes"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, query_params, request_headers
from ...models.node_3d_with_cursor_response import Node3DWithCursorResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "get3DNodeAncestors"


def build_request(
    *,
    model_id: int,
    revision_id: int,
    node_id: int,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List 3D ancestor nodes


    > **Required capabilities:** `threedAcl:READ`

    Retrieves a list of ancestor nodes of a given node, including itself, in the hierarchy of the 3D model. This
    operation supports pagination. Will return error 400 if the revision is still being processed.

    Args:
        model_id (int):
        revision_id (int):
        node_id (int):
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        limit (int | Unset):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["cursor"] = cursor
    params["limit"] = limit
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/3d/models/{model_id}/revisions/{revision_id}/nodes/{node_id}/ancestors".format(
            model_id=path_segment(model_id),
            revision_id=path_segment(revision_id),
            node_id=path_segment(node_id),
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
    node_id: int,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Node3DWithCursorResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        model_id=model_id,
        revision_id=revision_id,
        node_id=node_id,
        cursor=cursor,
        limit=limit,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    model_id: int,
    revision_id: int,
    node_id: int,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Node3DWithCursorResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        model_id=model_id,
        revision_id=revision_id,
        node_id=node_id,
        cursor=cursor,
        limit=limit,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))
