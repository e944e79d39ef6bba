"""`POST /events/byids` (byIdsEvents): Retrieve events"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.data_event import DataEvent
from ...models.event_data_ids import EventDataIds

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "byIdsEvents"


def build_request(
    *,
    body: EventDataIds,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve events


    > **Required capabilities:** `eventsAcl:READ`

    Retrieves information about events in the same project. Events
    are returned in the same order as the ids listed in the query.

    A maximum of 1000 event IDs may be listed per request and all of them
    must be unique.

    ### Request throttling
    This endpoint is a subject of the new throttling schema (limited request rate and concurrency).
    Please check [Events resource description](../../) for more information.

    Args:
        body (EventDataIds):
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
        path="/events/byids",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> DataEvent:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = DataEvent.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: EventDataIds,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataEvent:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: EventDataIds,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataEvent:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
