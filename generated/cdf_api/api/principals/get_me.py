"""`GET /api/v1/principals/me` (getMe): Get the current caller's information"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, request_headers
from ...models.service_account_dto import ServiceAccountDto
from ...models.user_dto import UserDto
from ...types import parse_best

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getMe"


def build_request(
    *,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Get the current caller's information
    Retrieves the information of the principal issuing the request.

    This endpoint is useful for clients to verify their own identity.
    All authenticated principals can call this endpoint.

    Args:
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
        method="GET",
        path="https://auth.cognite.com/api/v1/principals/me",
        base="absolute",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> ServiceAccountDto | UserDto:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:

        def _parse_response_200(data: object) -> ServiceAccountDto | UserDto:
            return parse_best(data, (ServiceAccountDto, UserDto))

        response_200 = _parse_response_200(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ServiceAccountDto | UserDto:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ServiceAccountDto | UserDto:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
