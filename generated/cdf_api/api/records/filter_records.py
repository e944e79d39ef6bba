"""`POST /streams/{streamId}/records/filter` (filterRecords): Retrieve records from a stream"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.filter_records_request import FilterRecordsRequest
from ...models.records_filter_response import RecordsFilterResponse

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "filterRecords"


def build_request(
    *,
    stream_id: str,
    body: FilterRecordsRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve records from a stream


    > **Required capabilities:** `StreamRecordsAcl:READ` `DataModelsAcl:READ`

    Filter the records from the ```stream```.

    Args:
        stream_id (str):  Example: test1.
        body (FilterRecordsRequest):
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
        path="/streams/{stream_id}/records/filter".format(
            stream_id=path_segment(stream_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> RecordsFilterResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = RecordsFilterResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    stream_id: str,
    body: FilterRecordsRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> RecordsFilterResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(stream_id=stream_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    stream_id: str,
    body: FilterRecordsRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> RecordsFilterResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(stream_id=stream_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
