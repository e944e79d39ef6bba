"""`GET /3d/files/{threedFileId}` (get3DFile): Retrieve a single 3D file"""

from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...types import File

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "get3DFile"


def build_request(
    *,
    threed_file_id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve a single 3D file


    > **Required capabilities:** `threedAcl:READ`

    Retrieve the contents of a 3D file. This applies to the output types 'ciff-processed', 'ciff-partially-
    processed' and 'node-property-metadata-json'.

    This endpoint supports tag-based caching.

    This endpoint is only compatible with 3D file IDs from the 3D API, and not compatible with
    file IDs from the Files API.

    Args:
        threed_file_id (int):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    headers["accept"] = "*/*"

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/3d/files/{threed_file_id}".format(
            threed_file_id=path_segment(threed_file_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> File:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    threed_file_id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> File:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(threed_file_id=threed_file_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    threed_file_id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> File:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(threed_file_id=threed_file_id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
