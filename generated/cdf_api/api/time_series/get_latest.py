"""`POST /timeseries/data/latest` (getLatest): Retrieve latest data point"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.datapoints_latest_query import DatapointsLatestQuery
from ...models.datapoints_response import DatapointsResponse

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getLatest"


def build_request(
    *,
    body: DatapointsLatestQuery,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve latest data point


    > **Required capabilities:** `timeSeriesAcl:READ`

    Retrieves the latest data point in one or more time series. Note that the latest data point
    in a time series is the one with the highest timestamp, which is not necessarily the one
    that was ingested most recently.

    Args:
        body (DatapointsLatestQuery):
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
        path="/timeseries/data/latest",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> DatapointsResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = DatapointsResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: DatapointsLatestQuery,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DatapointsResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: DatapointsLatestQuery,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DatapointsResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
