"""`GET /api/v1/orgs/{org}/principals/{principal}/sessions` (listLoginSessionsForUserPrincipal): List login sessions"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, query_params, request_headers
from ...models.login_sessions_list_paginated_dto import LoginSessionsListPaginatedDto
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "listLoginSessionsForUserPrincipal"


def build_request(
    *,
    org: str,
    principal: str,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List login sessions
    List login sessions for a user principal in an organization.

    Note that a login session is what a user gets after logging into Fusion, InField, or another Cognite
    application. It is distinct from the concept of the "sessions" that can be used for background work like
    Transformations or Functions; however, each such background session is backed by a login session.

    This endpoint does not work for service account principals, which do not have login sessions.

    #### Access control
    Requires the caller to be an admin of the target organization (it is not sufficient to be an admin of an
    ancestor organization).

    Args:
        org (str): The ID of an organization Example: my-org.
        principal (str): Unique identifier of a principal Example: 5yAFQRAATb7vtWGp4gvbJD3wE7VS81CGuQ7EZT.
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        limit (int | Unset):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["cursor"] = cursor
    params["limit"] = limit
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="https://auth.cognite.com/api/v1/orgs/{org}/principals/{principal}/sessions".format(
            org=path_segment(org),
            principal=path_segment(principal),
        ),
        base="absolute",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> LoginSessionsListPaginatedDto:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = LoginSessionsListPaginatedDto.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    org: str,
    principal: str,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> LoginSessionsListPaginatedDto:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        org=org, principal=principal, cursor=cursor, limit=limit, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    org: str,
    principal: str,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> LoginSessionsListPaginatedDto:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        org=org, principal=principal, cursor=cursor, limit=limit, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))
