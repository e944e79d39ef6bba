"""`POST /3d/models/{modelId}/revisions/{revisionId}/nodes/byids` (get3DNodesById): Get 3D nodes by ID"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.node_3d_ids import Node3DIds
from ...models.node_3d_list import Node3DList

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "get3DNodesById"


def build_request(
    *,
    model_id: int,
    revision_id: int,
    body: Node3DIds,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Get 3D nodes by ID


    > **Required capabilities:** `threedAcl:READ`

    Retrieves specific nodes given by a list of IDs.

    Args:
        model_id (int):
        revision_id (int):
        body (Node3DIds):
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
        path="/3d/models/{model_id}/revisions/{revision_id}/nodes/byids".format(
            model_id=path_segment(model_id),
            revision_id=path_segment(revision_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> Node3DList:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = Node3DList.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    model_id: int,
    revision_id: int,
    body: Node3DIds,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Node3DList:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        model_id=model_id, revision_id=revision_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    model_id: int,
    revision_id: int,
    body: Node3DIds,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Node3DList:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        model_id=model_id, revision_id=revision_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))
