"""`POST /timeseries/update` (alterTimeSeries): Update time series"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.data_get_time_series_metadata_dto import DataGetTimeSeriesMetadataDTO
from ...models.time_series_update_request import TimeSeriesUpdateRequest

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "alterTimeSeries"


def build_request(
    *,
    body: TimeSeriesUpdateRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Update time series


    > **Required capabilities:** `timeSeriesAcl:WRITE`

    Updates one or more time series. Fields outside of the request remain unchanged.

    For primitive fields (those whose type is string, number, or boolean), use `"set": value`
    to update the value; use `"setNull": true` to set the field to null.

    For JSON array fields (for example `securityCategories`), use `"set": [value1, value2]` to
    update the value; use `"add": [value1, value2]` to add values; use
    `"remove": [value1, value2]` to remove values.

    Args:
        body (TimeSeriesUpdateRequest):
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
        path="/timeseries/update",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> DataGetTimeSeriesMetadataDTO:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = DataGetTimeSeriesMetadataDTO.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: TimeSeriesUpdateRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataGetTimeSeriesMetadataDTO:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: TimeSeriesUpdateRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataGetTimeSeriesMetadataDTO:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
