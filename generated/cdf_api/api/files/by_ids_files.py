"""`POST /files/byids` (byIdsFiles): Retrieve files"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.data_file_metadata import DataFileMetadata
from ...models.file_data_ids_with_ignore_unknown_ids import FileDataIdsWithIgnoreUnknownIds

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "byIdsFiles"


def build_request(
    *,
    body: FileDataIdsWithIgnoreUnknownIds,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve files


    > **Required capabilities:** `filesAcl:READ`
    >
    > Or `dataModelsAcl:READ` (scope spaceId: `cdf_cdm`) and `dataModelInstancesAcl:READ`

    Retrieves metadata information about multiple specific files in the same project.
    Results are returned in the same order as in the request. This operation does not return the file contents.

    ### Request throttling
    Please note that this endpoint is subject to the new throttling policy, which imposes limits on both request
    rate and concurrency.
    For more details, please refer to the [Files resource documentation](../../).

    Args:
        body (FileDataIdsWithIgnoreUnknownIds):
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
        path="/files/byids",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> DataFileMetadata:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = DataFileMetadata.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: FileDataIdsWithIgnoreUnknownIds,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataFileMetadata:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: FileDataIdsWithIgnoreUnknownIds,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataFileMetadata:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
