"""`POST /3d/nodes/list` (filter3DNodesInBoundingBox): Filter which nodes are within a boundingbox for a revision."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.filter_nodes_by_bounding_box_request import FilterNodesByBoundingBoxRequest
from ...models.filter_nodes_by_bounding_box_response import FilterNodesByBoundingBoxResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "filter3DNodesInBoundingBox"


def build_request(
    *,
    body: FilterNodesByBoundingBoxRequest | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Filter which nodes are within a boundingbox for a revision.
    This endpoint is only supported in dm-only projects.
    The nodeIds can be found as part of a CogniteCadNode in the field `cadNodeReference`.
    Similar functionality is supported in classic through:
    - list 3D asset mappings endpoint + intersectsBoundingBox

    Args:
        body (FilterNodesByBoundingBoxRequest | Unset):
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
        path="/3d/nodes/list",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> FilterNodesByBoundingBoxResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = FilterNodesByBoundingBoxResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: FilterNodesByBoundingBoxRequest | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> FilterNodesByBoundingBoxResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: FilterNodesByBoundingBoxRequest | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> FilterNodesByBoundingBoxResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
