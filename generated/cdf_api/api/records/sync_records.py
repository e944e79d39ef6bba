"""`POST /streams/{streamId}/records/sync` (syncRecords): Sync records from a stream"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.records_sync_response import RecordsSyncResponse
from ...models.sync_records_request import SyncRecordsRequest

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "syncRecords"


def build_request(
    *,
    stream_id: str,
    body: SyncRecordsRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Sync records from a stream


    > **Required capabilities:** `StreamRecordsAcl:READ` `DataModelsAcl:READ`

    Subscribe to changes for records from the ```stream```, matching a supplied filter.

    Args:
        stream_id (str):  Example: test1.
        body (SyncRecordsRequest):
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
        path="/streams/{stream_id}/records/sync".format(
            stream_id=path_segment(stream_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> RecordsSyncResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = RecordsSyncResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    stream_id: str,
    body: SyncRecordsRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> RecordsSyncResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(stream_id=stream_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    stream_id: str,
    body: SyncRecordsRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> RecordsSyncResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(stream_id=stream_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
