"""`GET /files/{id}` (getFileByInternalId): Retrieve a file by its ID"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.files_metadata import FilesMetadata

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getFileByInternalId"


def build_request(
    *,
    id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve a file by its ID


    > **Required capabilities:** `filesAcl:READ`
    >
    > Or `dataModelsAcl:READ` (scope spaceId: `cdf_cdm`) and `dataModelInstancesAcl:READ`

    Returns file info for the file ID

    ### Request throttling
    Please note that this endpoint is subject to the new throttling policy, which imposes limits on both request
    rate and concurrency.
    For more details, please refer to the [Files resource documentation](../../).

    Args:
        id (int): A server-generated ID for the object.
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/files/{id}".format(
            id=path_segment(id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> FilesMetadata:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = FilesMetadata.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> FilesMetadata:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(id=id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    id: int,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> FilesMetadata:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(id=id, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
