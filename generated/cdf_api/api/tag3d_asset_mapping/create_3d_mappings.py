"""`POST /3d/models/{modelId}/revisions/{revisionId}/mappings` (create3DMappings): Create 3D asset mappings"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.asset_mapping_3d_list import AssetMapping3DList
from ...models.create_asset_mapping_3d_classic_body import CreateAssetMapping3DClassicBody
from ...models.create_asset_mapping_3d_dms_body import CreateAssetMapping3DDmsBody

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "create3DMappings"


def build_request(
    *,
    model_id: int,
    revision_id: int,
    body: CreateAssetMapping3DClassicBody | CreateAssetMapping3DDmsBody,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Create 3D asset mappings


    > **Required capabilities:** `threedAcl:UPDATE`

    Create asset mappings

    Asset mappings allows connections to be made between assets and 3D nodes. This can be used to contextualize 3D
    models.

    In Hybrid CDF projects: Asset IDs obtained from a mapping may be invalid, and not point to real asset IDs.
    The assetId existence is not checked by any means by the 3D API.
    The mappings will be stored until an `assetId` and `nodeId` pair is removed through the mappings delete
    endpoint.

    In DataModelingOnly CDF projects: When creating asset mappings, the data model based assetInstanceId (with
    space and externalId),
    and the 3d model revision nodeId, must be accessible, existing and valid.

    Args:
        model_id (int):
        revision_id (int):
        body (CreateAssetMapping3DClassicBody | CreateAssetMapping3DDmsBody):
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
        path="/3d/models/{model_id}/revisions/{revision_id}/mappings".format(
            model_id=path_segment(model_id),
            revision_id=path_segment(revision_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> AssetMapping3DList:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_201 = AssetMapping3DList.from_dict(response.json())

        return response_201

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    model_id: int,
    revision_id: int,
    body: CreateAssetMapping3DClassicBody | CreateAssetMapping3DDmsBody,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> AssetMapping3DList:
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
    body: CreateAssetMapping3DClassicBody | CreateAssetMapping3DDmsBody,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> AssetMapping3DList:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        model_id=model_id, revision_id=revision_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))
