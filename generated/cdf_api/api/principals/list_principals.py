"""`GET /api/v1/orgs/{org}/principals` (listPrincipals): List principals"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, query_params, request_headers
from ...models.principal_type import PrincipalType
from ...models.principals_list_paginated_dto import PrincipalsListPaginatedDto
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "listPrincipals"


def build_request(
    *,
    org: str,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    types: PrincipalType | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List principals
    List principals in an organization.

    All principal types are supported.

    #### Access control
    Requires the caller to be logged into the target organization, or
    to be an admin in any of its the ancestor organizations.

    Args:
        org (str): The ID of an organization Example: my-org.
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        limit (int | Unset):
        types (PrincipalType | Unset): The type of a principal
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["cursor"] = cursor
    params["limit"] = limit
    json_types: str | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = types.value

    params["types"] = json_types
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="https://auth.cognite.com/api/v1/orgs/{org}/principals".format(
            org=path_segment(org),
        ),
        base="absolute",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> PrincipalsListPaginatedDto:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = PrincipalsListPaginatedDto.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    org: str,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    types: PrincipalType | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> PrincipalsListPaginatedDto:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        org=org, cursor=cursor, limit=limit, types=types, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    org: str,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    types: PrincipalType | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> PrincipalsListPaginatedDto:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        org=org, cursor=cursor, limit=limit, types=types, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))
