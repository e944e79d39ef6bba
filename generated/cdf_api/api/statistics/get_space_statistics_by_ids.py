"""`POST /models/statistics/spaces/byids` (getSpaceStatisticsByIds): Retrieve statistics by space for specific space-ids"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.list_of_space_ids_request import ListOfSpaceIdsRequest
from ...models.space_statistics_response_list import SpaceStatisticsResponseList

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getSpaceStatisticsByIds"


def build_request(
    *,
    body: ListOfSpaceIdsRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve statistics by space for specific space-ids


    > **Required capabilities:** `DataModelsAcl:READ`

    Returns statistics for data modeling resources grouped by space for a specified list of spaces.

    Args:
        body (ListOfSpaceIdsRequest):
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
        path="/models/statistics/spaces/byids",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> SpaceStatisticsResponseList:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = SpaceStatisticsResponseList.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: ListOfSpaceIdsRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> SpaceStatisticsResponseList:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: ListOfSpaceIdsRequest,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> SpaceStatisticsResponseList:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
