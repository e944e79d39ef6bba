"""`POST /events/update` (updateEvents): Update events"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.data_event import DataEvent
from ...models.data_event_change import DataEventChange

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "updateEvents"


def build_request(
    *,
    body: DataEventChange,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Update events


    > **Required capabilities:** `eventsAcl:WRITE`

    Updates events in the same project. This operation supports
    partial updates; Fields omitted from queries will remain unchanged on
    objects.

    For primitive fields (String, Long, Int), use 'set': 'value' to update
    value; use 'setNull': true to set that field to null.

    For the Json Array field (e.g. assetIds), use 'set': [value1, value2] to
    update value; use 'add': [v1, v2] to add values to current list of
    values; use 'remove': [v1, v2] to remove these values from current list
    of values if exists.

    A maximum of 1000 events can be updated per request, and all of the
    event IDs must be unique.

    ### Request throttling
    This endpoint is a subject of the new throttling schema (limited request rate and concurrency).
    Please check [Events resource description](../../) for more information.

    Args:
        body (DataEventChange):
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
        path="/events/update",
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
    body: DataEventChange,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataEvent:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: DataEventChange,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> DataEvent:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
