"""`GET /api/v1/orgs/{org}/projects` (listChildProjects): List projects in an organization"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, query_params, request_headers
from ...models.project_response_dto import ProjectResponseDto
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "listChildProjects"


def build_request(
    *,
    org: str,
    include_admin_properties: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List projects in an organization
    List all projects in the specified organization.

    #### Access control
    If `includeAdminProperties` is true, it requires the caller to be an admin in the organization, or any of its
    ancestors.
    Otherwise, it requires the caller to be a member of the organization.

    _Example:_ Assume an organization hierarchy like: `org-a` -> `org-b` -> `org-c`.
    To list projects in `org-c`, which means calling 'GET /api/v1/orgs/org-c/projects?includeAdminProperties',
    the caller must be an admin in `org-a`, `org-b` or `org-c`.

    Args:
        org (str): The ID of an organization Example: my-org.
        include_admin_properties (bool | Unset):
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["includeAdminProperties"] = include_admin_properties
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="https://auth.cognite.com/api/v1/orgs/{org}/projects".format(
            org=path_segment(org),
        ),
        base="absolute",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> ProjectResponseDto:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = ProjectResponseDto.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    org: str,
    include_admin_properties: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ProjectResponseDto:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        org=org, include_admin_properties=include_admin_properties, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    org: str,
    include_admin_properties: bool | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ProjectResponseDto:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        org=org, include_admin_properties=include_admin_properties, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))
