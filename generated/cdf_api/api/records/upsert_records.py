"""`POST /streams/{streamId}/records/upsert` (upsertRecords): Upsert (create or update) records into a stream"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.ingest_records_request import IngestRecordsRequest
from ...models.records_ingest_response import RecordsIngestResponse

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "upsertRecords"


def build_request(
    *,
    stream_id: str,
    body: IngestRecordsRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Upsert (create or update) records into a stream


    > **Required capabilities:** `StreamRecordsAcl:WRITE` `DataModelsAcl:READ`

    **Note:** This endpoint is only available for mutable streams.

    Before a user can upsert records, all referenced schema elements (Spaces, Containers, Properties) must be
    defined/created in [Data Modeling](https://docs.cognite.com/cdf/dm).

    To upsert records, the user must have capabilities to access (read) the referenced containers as well as
    capabilities to access (write) the referenced record ```space```.

    Batches of records are ingested or updated into a ```stream```.

    Under normal upsert operation, the record will be created or updated, and the properties defined in each of
    the containers in the ```sources``` array will be populated.

    If record identifiers (```space``` + ```externalId```) are already in the stream, records are fully updated
    (no partial updates for this endpoint).
    Otherwise, records are created.

    **Note:** The maximum total request size is 10MB.

    Args:
        stream_id (str):  Example: test1.
        body (IngestRecordsRequest):
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
        path="/streams/{stream_id}/records/upsert".format(
            stream_id=path_segment(stream_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> RecordsIngestResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_202 = RecordsIngestResponse.from_dict(response.json())

        return response_202

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    stream_id: str,
    body: IngestRecordsRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> RecordsIngestResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(stream_id=stream_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    stream_id: str,
    body: IngestRecordsRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> RecordsIngestResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(stream_id=stream_id, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
