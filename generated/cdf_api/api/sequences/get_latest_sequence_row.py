"""`POST /sequences/data/latest` (getLatestSequenceRow): Retrieve last row"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.sequence_get_data import SequenceGetData
from ...models.sequence_latest_data_request_select_by_external_id import SequenceLatestDataRequestSelectByExternalId
from ...models.sequence_latest_data_request_select_by_id import SequenceLatestDataRequestSelectById

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getLatestSequenceRow"


def build_request(
    *,
    body: SequenceLatestDataRequestSelectByExternalId | SequenceLatestDataRequestSelectById,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve last row


    > **Required capabilities:** `sequencesAcl:READ`

    Retrieves the last row in one or more sequences. Note that the last row in a sequence is the
    one with the highest row number, which is not necessarily the one that was ingested most
    recently.

    Args:
        body (SequenceLatestDataRequestSelectByExternalId | SequenceLatestDataRequestSelectById): Parameters
            describing a query for the last row in a sequence.
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
        path="/sequences/data/latest",
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> SequenceGetData:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = SequenceGetData.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    body: SequenceLatestDataRequestSelectByExternalId | SequenceLatestDataRequestSelectById,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> SequenceGetData:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    body: SequenceLatestDataRequestSelectByExternalId | SequenceLatestDataRequestSelectById,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> SequenceGetData:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
