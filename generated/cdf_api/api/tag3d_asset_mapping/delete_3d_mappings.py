"""`POST /3d/models/{modelId}/revisions/{revisionId}/mappings/delete` (delete3DMappings): Delete 3D asset mappings"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.delete_asset_mapping_3d_classic_body import DeleteAssetMapping3DClassicBody
from ...models.delete_asset_mapping_3d_dms_body import DeleteAssetMapping3DDmsBody
from ...models.empty_response_body import EmptyResponseBody

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "delete3DMappings"


def build_request(
    *,
    model_id: int,
    revision_id: int,
    body: DeleteAssetMapping3DClassicBody | DeleteAssetMapping3DDmsBody,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Delete 3D asset mappings


    > **Required capabilities:** `threedAcl:DELETE`

    Delete a list of asset mappings.

    In Hybrid CDF projects: The delete request items requires a `nodeId`, and either an `assetId` or an
    `assetInstanceId`.

    In DataModelingOnly CDF projects: The delete request items requires a `nodeId` and an `assetInstanceId` (with
    space and externalId).

    Args:
        model_id (int):
        revision_id (int):
        body (DeleteAssetMapping3DClassicBody | DeleteAssetMapping3DDmsBody):
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
        path="/3d/models/{model_id}/revisions/{revision_id}/mappings/delete".format(
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


def parse_response(response: httpx.Response) -> EmptyResponseBody:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = EmptyResponseBody.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    model_id: int,
    revision_id: int,
    body: DeleteAssetMapping3DClassicBody | DeleteAssetMapping3DDmsBody,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EmptyResponseBody:
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
    body: DeleteAssetMapping3DClassicBody | DeleteAssetMapping3DDmsBody,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EmptyResponseBody:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        model_id=model_id, revision_id=revision_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))
