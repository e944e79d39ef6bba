"""`GET /api/v1/orgs/{org}` (getOrg): Retrieve an organization"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.organization import Organization

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "getOrg"


def build_request(
    *,
    org: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Retrieve an organization
    Retrieve an organization by its ID.

    #### Access control
    Requires the caller to be an admin in the organization, or any of its ancestors.

    _Example:_ Assume an organization hierarchy like: `org-a` -> `org-b` -> `org-c`.
    To retrieve `org-c`, which means calling 'GET /api/v1/orgs/org-c', the caller must be an admin in `org-a`,
    `org-b` or
    `org-c`.

    Args:
        org (str): The ID of an organization Example: my-org.
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
        path="https://auth.cognite.com/api/v1/orgs/{org}".format(
            org=path_segment(org),
        ),
        base="absolute",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> Organization:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = Organization.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    org: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Organization:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(org=org, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    org: str,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Organization:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(org=org, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
