"""`POST /api/v1/orgs/{org}/principals/byids` (getPrincipalsById): Retrieve principals by reference"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.principal_list_by_ids_request_dto import PrincipalListByIdsRequestDto
from ...models.principals_list_response_dto import PrincipalsListResponseDto

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getPrincipalsById"


def build_request(
    *,
    org: str,
    body: PrincipalListByIdsRequestDto,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve principals by reference
    Retrieve principals in an organization by ID or external ID.

    Service accounts can be retrieved by ID or external ID.
    Users can be retrieved by ID.

    #### Access control
    Requires the caller to be logged into the target organization, or
    to be an admin in any of its the ancestor organizations.

    Args:
        org (str): The ID of an organization Example: my-org.
        body (PrincipalListByIdsRequestDto):
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
        path="https://auth.cognite.com/api/v1/orgs/{org}/principals/byids".format(
            org=path_segment(org),
        ),
        base="absolute",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> PrincipalsListResponseDto:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = PrincipalsListResponseDto.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    org: str,
    body: PrincipalListByIdsRequestDto,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> PrincipalsListResponseDto:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(org=org, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    org: str,
    body: PrincipalListByIdsRequestDto,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> PrincipalsListResponseDto:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(org=org, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
