"""`POST /api/v1/orgs/{org}/projects` (createChildProject): Create a project"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, path_segment, request_headers
from ...models.create_child_project_body import CreateChildProjectBody
from ...models.new_project_list_response_dto import NewProjectListResponseDto

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "createChildProject"


def build_request(
    *,
    org: str,
    body: CreateChildProjectBody,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """Create a project
    Create a project in the specified organization, in the given cluster. The project is immediately available
    for login in Cognite applications, for example through Cognite Data Fusion.

    #### Cluster placement
    The chosen cluster must be one of the allowed clusters for the organization.

    The project cannot be moved to a different cluster after creation, so make sure to choose the correct one
    with respect to data locality requirements.

    #### Project OIDC configuration
    The OIDC configuration will be copied from the immediate parent organization.

    The caller can, and should, set an initial admin group ID for the project. That group is managed by the
    external
    identity provider, as for the organization.
    If that group is not set, the project will inherit the admin group ID of the organization it's created in.
    See the `projectAdminGroupId` field in the request body for more details on this behavior.

    #### Access control
    Requires the caller to be an admin in the organization, or any of its ancestors.
    In addition, the flag `adminsCanCreateProjectsInSubtree` must be set to `true` in that organization.

    _Example:_ Assume an organization hierarchy like: `org-a` -> `org-b` -> `org-c`.
    To create a project in `org-c`, which means calling 'POST /api/v1/orgs/org-c/projects', the caller must be an
    admin in
    `org-a`, `org-b` or `org-c`.
    Also, `adminsCanCreateProjectsInSubtree` must be `true` in that same organization.

    Args:
        org (str): The ID of an organization Example: my-org.
        body (CreateChildProjectBody):
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
        path="https://auth.cognite.com/api/v1/orgs/{org}/projects".format(
            org=path_segment(org),
        ),
        base="absolute",
        params=None,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=False,
    )


def parse_response(response: httpx.Response) -> NewProjectListResponseDto:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_201 = NewProjectListResponseDto.from_dict(response.json())

        return response_201

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    org: str,
    body: CreateChildProjectBody,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> NewProjectListResponseDto:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(org=org, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    org: str,
    body: CreateChildProjectBody,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> NewProjectListResponseDto:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(org=org, body=body, cdf_version=cdf_version, extra_headers=extra_headers)
    return parse_response(await client.send(request))
