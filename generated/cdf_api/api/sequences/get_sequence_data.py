"""`POST /sequences/data/list` (getSequenceData): Retrieve rows"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.sequence_data_request_select_by_external_id import SequenceDataRequestSelectByExternalId
from ...models.sequence_data_request_select_by_id import SequenceDataRequestSelectById
from ...models.sequence_get_data_with_cursor import SequenceGetDataWithCursor

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getSequenceData"


def build_request(
    *,
    body: SequenceDataRequestSelectByExternalId | SequenceDataRequestSelectById,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve rows


    > **Required capabilities:** `sequencesAcl:READ`

    Processes data requests and returns the result. Note that this operation uses a dynamic limit on the number of
    rows returned based on the number and type of columns; use the provided cursor to paginate and retrieve all
    data.

    Args:
        body (SequenceDataRequestSelectByExternalId | SequenceDataRequestSelectById): Parameters describing a query
            for datapoints.
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
        path="/sequences/data/list",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> SequenceGetDataWithCursor:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = SequenceGetDataWithCursor.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: SequenceDataRequestSelectByExternalId | SequenceDataRequestSelectById,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> SequenceGetDataWithCursor:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: SequenceDataRequestSelectByExternalId | SequenceDataRequestSelectById,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> SequenceGetDataWithCursor:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
