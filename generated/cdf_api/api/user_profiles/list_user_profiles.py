"""`GET /profiles` (listUserProfiles): List all user profiles in the current project"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, query_params, request_headers
from ...models.identity_type_filter import IdentityTypeFilter
from ...models.user_profiles_list_response import UserProfilesListResponse
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "listUserProfiles"


def build_request(
    *,
    identity_type: IdentityTypeFilter | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List all user profiles in the current project


    > **Required capabilities:** `userProfilesAcl:READ`

    Deprecated in favor of the [List principals](#tag/Principals/operation/listPrincipals) endpoint.

    List all user profiles in the current project. This operation supports pagination by cursor.
    The results are ordered alphabetically by name.

    Args:
        identity_type (IdentityTypeFilter | Unset): The identity type filter field indicates the type of principal the
            request should be filtered to show.
            If no value is specified, the default value is `USER`.
            - `ALL`: All types of principals.
            - `USER`: Human user.
            - `SERVICE_PRINCIPAL`: Service account.
            - `INTERNAL_SERVICE`: Internal CDF service.
        limit (int | Unset):
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    json_identity_type: str | Unset = UNSET
    if not isinstance(identity_type, Unset):
        json_identity_type = identity_type.value

    params["identityType"] = json_identity_type
    params["limit"] = limit
    params["cursor"] = cursor
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/profiles",
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> UserProfilesListResponse:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = UserProfilesListResponse.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    identity_type: IdentityTypeFilter | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> UserProfilesListResponse:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        identity_type=identity_type, limit=limit, cursor=cursor, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    identity_type: IdentityTypeFilter | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> UserProfilesListResponse:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        identity_type=identity_type, limit=limit, cursor=cursor, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))
