"""`GET /3d/models/{modelId}/revisions/{revisionId}/mappings` (get3DMappings): List 3D asset mappings"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, query_params, request_headers
from ...models.asset_mapping_3d_with_cursor_response import AssetMapping3DWithCursorResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "get3DMappings"


def build_request(
    *,
    model_id: int,
    revision_id: int,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    node_id: int | Unset = UNSET,
    asset_id: int | Unset = UNSET,
    intersects_bounding_box: str | Unset = UNSET,
    get_dms_instances: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List 3D asset mappings


    > **Required capabilities:** `threedAcl:READ`

    Lists 3D assets mappings that match the ID for the specified filter query parameter type. Only one type of
    filter can be specified for each request, either `assetId`, `nodeId` or `intersectsBoundingBox`.

    In Hybrid CDF projects: The nodeId and assetId mappings are returned by default.
    To instead see any assetInstanceId mappings (for CoreDM based contextualization),
    set the `getDmsInstances` query parameter to `true`.

    In DataModelingOnly CDF projects: This endpoint is not available. Use DMS queries to list CogniteCADNodes.

    Note: When filtering for a specific nodeId, only nodeIds that actually exists will be returned.
    When filtering for a specific assetId, all mappings will be returned, even if the assetId does not exist.

    Args:
        model_id (int):
        revision_id (int):
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        limit (int | Unset):
        node_id (int | Unset):
        asset_id (int | Unset):
        intersects_bounding_box (str | Unset):
        get_dms_instances (bool | Unset):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["cursor"] = cursor
    params["limit"] = limit
    params["nodeId"] = node_id
    params["assetId"] = asset_id
    params["intersectsBoundingBox"] = intersects_bounding_box
    params["getDmsInstances"] = get_dms_instances
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/3d/models/{model_id}/revisions/{revision_id}/mappings".format(
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
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    node_id: int | Unset = UNSET,
    asset_id: int | Unset = UNSET,
    intersects_bounding_box: str | Unset = UNSET,
    get_dms_instances: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> AssetMapping3DWithCursorResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        model_id=model_id,
        revision_id=revision_id,
        cursor=cursor,
        limit=limit,
        node_id=node_id,
        asset_id=asset_id,
        intersects_bounding_box=intersects_bounding_box,
        get_dms_instances=get_dms_instances,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    model_id: int,
    revision_id: int,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    node_id: int | Unset = UNSET,
    asset_id: int | Unset = UNSET,
    intersects_bounding_box: str | Unset = UNSET,
    get_dms_instances: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> AssetMapping3DWithCursorResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        model_id=model_id,
        revision_id=revision_id,
        cursor=cursor,
        limit=limit,
        node_id=node_id,
        asset_id=asset_id,
        intersects_bounding_box=intersects_bounding_box,
        get_dms_instances=get_dms_instances,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))
