"""`POST /api/v1/orgs/{org}/orgs` (createChildOrg): Create an organization"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.create_child_org_body import CreateChildOrgBody
from ...models.organization_response_dto import OrganizationResponseDto

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "createChildOrg"


def build_request(
    *,
    org: str,
    body: CreateChildOrgBody,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Create an organization
    Create a child organization under the specified organization.

    #### Access control
    Requires the caller to be an admin in the parent organization (i.e. the one on the path), or any of its
    ancestors.
    In addition, the flag `adminsCanCreateOrgsInSubtree` must be set to `true` in that organization.

    _Example:_ Assume an organization hierarchy like: `org-a` -> `org-b` -> `org-c`.
    To create a new organization under `org-c`, which means calling 'POST /api/v1/orgs/org-c/orgs', the caller
    must be an
    admin in at least one of `org-a`, `org-b`, or `org-c`, and `adminsCanCreateOrgsInSubtree` must be `true` in
    that same organization.

    Args:
        org (str): The ID of an organization Example: my-org.
        body (CreateChildOrgBody):
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
        path="https://auth.cognite.com/api/v1/orgs/{org}/orgs".format(
            org=path_segment(org),
        ),
        base="absolute",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> OrganizationResponseDto:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_201 = OrganizationResponseDto.from_dict(response.json())

        return response_201

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    org: str,
    body: CreateChildOrgBody,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OrganizationResponseDto:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(org=org, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    org: str,
    body: CreateChildOrgBody,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OrganizationResponseDto:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(org=org, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
