"""`POST /streams/{streamId}/records` (ingestRecords): Ingest records into a stream"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.ingest_records_request import IngestRecordsRequest
from ...models.records_ingest_response import RecordsIngestResponse

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "ingestRecords"


def build_request(
    *,
    stream_id: str,
    body: IngestRecordsRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Ingest records into a stream


    > **Required capabilities:** `StreamRecordsAcl:WRITE` `DataModelsAcl:READ`

    Before a user can add records, all referenced schema elements (Spaces, Containers, Properties) must be
    defined/created in [Data Modeling](https://docs.cognite.com/cdf/dm)

    To add records, the user must have capabilities to access (read) the referenced containers as well as
    capabilities to access (write) the referenced record ```space```.

    Batches of records are ingested into a ```stream```.

    Under normal ingestion operation, and where the data ```stream``` does not contain any duplicated records,
    the record will be created, and the properties defined in each of the containers in the ```sources``` array
    will be populated.

    For immutable streams a duplicate record is defined as one which is being written to the same ```space```,
    which uses the same container definitions in the ```sources``` array,
    and all the properties (names and values) are the same.

    For immutable streams under most circumstances, when duplicate records are encountered during ingestion, the
    duplicate is discarded.
    However there are rare occasions when certain internal database operations occur, a duplicate may be stored.

    For mutable streams duplicated record identifiers (```space``` + ```externalId```) are not allowed
    and a request which tries to create a record with existing identifier will be rejected.

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
        path="/streams/{stream_id}/records".format(
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
