"""`GET /sessions` (listSessions): List sessions"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, query_params, request_headers
from ...models.list_sessions_status import ListSessionsStatus
from ...models.session_list import SessionList
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "listSessions"


def build_request(
    *,
    status: ListSessionsStatus | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List sessions


    > **Required capabilities:** `sessionsAcl:LIST`

    List all sessions in the current project.

    Args:
        status (ListSessionsStatus | Unset):
        cursor (str | Unset):
        limit (int | Unset):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status
    params["cursor"] = cursor
    params["limit"] = limit
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/sessions",
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> SessionList:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = SessionList.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    status: ListSessionsStatus | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> SessionList:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        status=status, cursor=cursor, limit=limit, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    status: ListSessionsStatus | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> SessionList:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        status=status, cursor=cursor, limit=limit, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))
