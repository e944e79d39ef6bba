"""`POST /timeseries/data/list` (getMultiTimeSeriesDatapoints): Retrieve data points"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.datapoints_multi_query import DatapointsMultiQuery
from ...models.datapoints_or_aggregates_response import DatapointsOrAggregatesResponse

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getMultiTimeSeriesDatapoints"


def build_request(
    *,
    body: DatapointsMultiQuery,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve data points


    > **Required capabilities:** `timeSeriesAcl:READ`

    Retrieves a list of data points from multiple time series in a project.
    This operation supports aggregation and pagination.
    Learn more about [aggregation](<https://docs.cognite.com/dev/concepts/aggregation/>).

    Note: when `start` isn't specified in the top level and for an individual item, it will default to epoch 0,
    which is 1 January, 1970, thus
    excluding potential existent data points before 1970. `start` needs to be specified as a negative number to
    get data points before 1970.

    Args:
        body (DatapointsMultiQuery):
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
        path="/timeseries/data/list",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> DatapointsOrAggregatesResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = DatapointsOrAggregatesResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: DatapointsMultiQuery,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DatapointsOrAggregatesResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: DatapointsMultiQuery,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DatapointsOrAggregatesResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
