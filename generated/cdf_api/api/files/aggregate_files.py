"""`POST /files/aggregate` (aggregateFiles): Aggregate files"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.data_files_aggregate import DataFilesAggregate
from ...models.file_filter import FileFilter

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "aggregateFiles"


def build_request(
    *,
    body: FileFilter,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Aggregate files


    > **Required capabilities:** `filesAcl:READ`

    Calculate aggregates for files, based on optional filter specification.
    Returns the following aggregates: `count`

    ### Request throttling
    This endpoint is intended for data analytics and exploration purposes. It is not designed to support high-
    throughput data retrieval.
    Please note that this endpoint is subject to the new throttling policy, which imposes limits on both request
    rate and concurrency.
    For more details, please refer to the [Files resource documentation](../../).

    Args:
        body (FileFilter): Filter on files with exact match
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
        path="/files/aggregate",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> DataFilesAggregate:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = DataFilesAggregate.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: FileFilter,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataFilesAggregate:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: FileFilter,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataFilesAggregate:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
