"""`POST /workflows/triggers/{triggerExternalId}/pause` (pauseTrigger): Pause a trigger"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.empty_response_body import EmptyResponseBody

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "pauseTrigger"


def build_request(
    *,
    trigger_external_id: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Pause a trigger


    > **Required capabilities:** `workflowOrchestrationACL:WRITE`

    Pauses a trigger. When paused, the trigger will not fire until it is resumed. Note: For data modeling and
    records stream triggers, processing continues where the last trigger run left off at pause time, not
    necessarily starting again on the freshest data. The cursor can become invalid if paused too long (stream
    retention applies).

    Args:
        trigger_external_id (str): Identifier for a trigger. Must be unique for the project. No trailing or leading
            whitespace and no null characters allowed.
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="POST",
        path="/workflows/triggers/{trigger_external_id}/pause".format(
            trigger_external_id=path_segment(trigger_external_id),
        ),
        base="project",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
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
    trigger_external_id: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EmptyResponseBody:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        trigger_external_id=trigger_external_id, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    trigger_external_id: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> EmptyResponseBody:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        trigger_external_id=trigger_external_id, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))
