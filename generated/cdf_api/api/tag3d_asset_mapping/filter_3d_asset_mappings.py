"""`POST /3d/models/{modelId}/revisions/{revisionId}/mappings/list` (filter3DAssetMappings): Filter 3D asset mappings"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.asset_mapping_3d_filter_request import AssetMapping3DFilterRequest
from ...models.asset_mapping_3d_with_cursor_response import AssetMapping3DWithCursorResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "filter3DAssetMappings"


def build_request(
    *,
    model_id: int,
    revision_id: int,
    body: AssetMapping3DFilterRequest | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Filter 3D asset mappings


    > **Required capabilities:** `threedAcl:READ`

    Lists 3D assets mappings that match the specified filter parameter.
    Only one type of filter can be specified for each request, either `assetIds`, `nodeIds` or `treeIndexes`.

    In Hybrid CDF projects: The nodeId and assetId mappings are returned by default.
    To instead see only any `assetInstanceId` mappings (for CoreDM based contextualization),
    set the `getDmsInstances` property to `true`, in the request body.

    In DataModelingOnly CDF projects: This endpoint is not available. Use DMS queries to list CogniteCADNodes.

    Args:
        model_id (int):
        revision_id (int):
        body (AssetMapping3DFilterRequest | Unset):
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
        path="/3d/models/{model_id}/revisions/{revision_id}/mappings/list".format(
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


def parse_response(response: httpx.Response) -> AssetMapping3DWithCursorResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = AssetMapping3DWithCursorResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    model_id: int,
    revision_id: int,
    body: AssetMapping3DFilterRequest | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> AssetMapping3DWithCursorResponse:
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
    body: AssetMapping3DFilterRequest | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> AssetMapping3DWithCursorResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        model_id=model_id, revision_id=revision_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))
