"""`POST /timeseries/data` (postMultiTimeSeriesDatapoints): Insert data points"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.datapoints_insert_query import DatapointsInsertQuery
from ...models.empty_response_body import EmptyResponseBody
from ...types import File

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "postMultiTimeSeriesDatapoints"


def build_request(
    *,
    body: DatapointsInsertQuery | File,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Insert data points


    > **Required capabilities:** `timeSeriesAcl:WRITE`

    Insert data points into a time series. You can do this for multiple time series.
    If you insert a data point with a timestamp that already exists, it will be overwritten with the new value.

    Args:
        body (DatapointsInsertQuery):
        body (File): Accepts protocol buffer serialized payload, based on the following proto definitions: [Data Point
            Insertion](<https://raw.githubusercontent.com/cognitedata/protobuf-
            files/master/v1/timeseries/data_point_insertion_request.proto>) and [Data
            Points](<https://raw.githubusercontent.com/cognitedata/protobuf-files/master/v1/timeseries/data_points.proto>)
            Example: Definitions: https://raw.githubusercontent.com/cognitedata/protobuf-
            files/master/v1/timeseries/data_point_insertion_request.proto
            https://raw.githubusercontent.com/cognitedata/protobuf-files/master/v1/timeseries/data_points.proto.
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    json_body: Any = None
    content: bytes | None = None
    if isinstance(body, DatapointsInsertQuery):
        json_body = body.to_dict()

    elif isinstance(body, File):
        content = body.payload if isinstance(body.payload, bytes) else body.payload.read()
        headers["content-type"] = "application/protobuf"

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/timeseries/data",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
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
    body: DatapointsInsertQuery | File,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EmptyResponseBody:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: DatapointsInsertQuery | File,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EmptyResponseBody:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
