"""`POST /3d/models/{modelId}/revisions/{revisionId}/nodes/list` (filter3DNodes): Filter 3D nodes"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.node_3d_name_filter_body import Node3DNameFilterBody
from ...models.node_3d_property_filter_body import Node3DPropertyFilterBody
from ...models.node_3d_with_cursor_response import Node3DWithCursorResponse

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "filter3DNodes"


def build_request(
    *,
    model_id: int,
    revision_id: int,
    body: Node3DNameFilterBody | Node3DPropertyFilterBody,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Filter 3D nodes


    > **Required capabilities:** `threedAcl:READ`

    List nodes in a project, filtered by node names or node property values specified by supplied filters. This
    operation supports pagination and partitions. If the model revision is still being processed, you will get a
    HTTP status 400 when accessing nodes too early. Wait until the retrieve revision response returns
    "status":"Done" before calling nodes endpoints.

    Args:
        model_id (int):
        revision_id (int):
        body (Node3DNameFilterBody | Node3DPropertyFilterBody):
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
        path="/3d/models/{model_id}/revisions/{revision_id}/nodes/list".format(
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
    body: Node3DNameFilterBody | Node3DPropertyFilterBody,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Node3DWithCursorResponse:
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
    body: Node3DNameFilterBody | Node3DPropertyFilterBody,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Node3DWithCursorResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        model_id=model_id, revision_id=revision_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))
