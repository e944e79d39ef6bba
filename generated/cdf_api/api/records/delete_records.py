"""`POST /streams/{streamId}/records/delete` (deleteRecords): Delete records from a stream"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.delete_records_request import DeleteRecordsRequest
from ...models.records_delete_response import RecordsDeleteResponse

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "deleteRecords"


def build_request(
    *,
    stream_id: str,
    body: DeleteRecordsRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Delete records from a stream


    > **Required capabilities:** `StreamRecordsAcl:WRITE`

    **Note:** This endpoint is only available for mutable streams.

    To delete records, the user must have capabilities to access (write to) the referenced record ```space```.

    Batches of records are deleted from a ```stream``` with implicit `ignoreUnknownIds=true` semantic.

    The record operations are eventually consistent,
    but under normal conditions deleted records stop being returned by other endpoints within a few seconds.
    Sync endpoint is returning a "tombstone" record (which only has a few top level fields and a deleted status)
    for at least 3 days since deleting the actual record.

    Args:
        stream_id (str):  Example: test1.
        body (DeleteRecordsRequest):
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
        path="/streams/{stream_id}/records/delete".format(
            stream_id=path_segment(stream_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> RecordsDeleteResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = RecordsDeleteResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    stream_id: str,
    body: DeleteRecordsRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> RecordsDeleteResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(stream_id=stream_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    stream_id: str,
    body: DeleteRecordsRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> RecordsDeleteResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(stream_id=stream_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
