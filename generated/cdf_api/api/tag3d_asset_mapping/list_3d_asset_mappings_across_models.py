"""`GET /3d/mappings/{assetId}/modelnodes` (list3DAssetMappingsAcrossModels): List mappings for one assetID across all 3D models"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, query_params, request_headers
from ...models.project_asset_mapping_3d_list import ProjectAssetMapping3DList
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "list3DAssetMappingsAcrossModels"


def build_request(
    *,
    asset_id: int,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List mappings for one assetID across all 3D models


    > **Required capabilities:** `threedAcl:READ`

    Retrieves a list of `node IDs` from the hierarchy of all available 3D models which are mapped to the supplied
    `asset ID`.
    If a `nodeId` is mapped to an `assetId` but is invalid or does not exist anymore, it will be omitted from the
    results.
    An asset referenced in an asset mapping is not guaranteed to exist.

    Args:
        asset_id (int):
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
        path="/3d/mappings/{asset_id}/modelnodes".format(
            asset_id=path_segment(asset_id),
        ),
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> ProjectAssetMapping3DList:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = ProjectAssetMapping3DList.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    asset_id: int,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ProjectAssetMapping3DList:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        asset_id=asset_id, cursor=cursor, limit=limit, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    asset_id: int,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ProjectAssetMapping3DList:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        asset_id=asset_id, cursor=cursor, limit=limit, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))
