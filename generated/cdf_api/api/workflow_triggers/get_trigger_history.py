"""`GET /workflows/triggers/{triggerExternalId}/history` (getTriggerHistory): Get the run history of a trigger"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, query_params, request_headers
from ...models.get_trigger_history_response_200 import GetTriggerHistoryResponse200
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getTriggerHistory"


def build_request(
    *,
    trigger_external_id: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Get the run history of a trigger


    > **Required capabilities:** `workflowOrchestrationACL:READ`

    Get information about every run of a trigger. This includes timing information and a reference to the started
    execution (or an explanation as to why it failed). The returned items are sorted by `fireTime` in descending
    order (newest first), followed by `externalId` in ascending order.

    Args:
        trigger_external_id (str): Identifier for a trigger. Must be unique for the project. No trailing or leading
            whitespace and no null characters allowed.
        limit (int | Unset): The maximum number of results to return.
        cursor (str | Unset): Cursor to use for paging through results. This cursor is returned in the response of a
            previous request as `nextCursor`. If not specified, start from the first page of results. Example:
            4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["limit"] = limit
    params["cursor"] = cursor
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/workflows/triggers/{trigger_external_id}/history".format(
            trigger_external_id=path_segment(trigger_external_id),
        ),
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> GetTriggerHistoryResponse200:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = GetTriggerHistoryResponse200.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    trigger_external_id: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> GetTriggerHistoryResponse200:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        trigger_external_id=trigger_external_id,
        limit=limit,
        cursor=cursor,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    trigger_external_id: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> GetTriggerHistoryResponse200:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        trigger_external_id=trigger_external_id,
        limit=limit,
        cursor=cursor,
        cdf_version=cdf_version,
        extra_headers=extra_headers,
    )
    return parse_response(await client.send(request))
