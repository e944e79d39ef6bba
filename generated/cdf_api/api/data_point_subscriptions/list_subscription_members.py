"""`GET /timeseries/subscriptions/members` (listSubscriptionMembers): List subscription members"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import errors
from ...client import OperationRequest, Transport, query_params, request_headers
from ...models.list_subscription_member_dto_with_cursor import ListSubscriptionMemberDTOWithCursor
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import httpx  # only for annotations: importing one endpoint stays cheap

OPERATION_ID = "listSubscriptionMembers"


def build_request(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> OperationRequest:
    """List subscription members


    > **Required capabilities:** `timeSeriesSubscriptionsAcl:READ`

    List all member time series for a subscription.

    For non-filter subscriptions, either `externalId` or `instanceId` will be set. This is to be
    able to see if each time series was added by external id or instance id. If a time series
    has been added to a subscription both by external id and by instance id, it will be listed
    twice in the output. If a time series that belonged to the subscription has been deleted,
    `id` will not be set.

    Use `nextCursor` to paginate through the results.

    Args:
        limit (int | Unset):
        cursor (str | Unset):  Example: 4zj0Vy2fo0NtNMb229mI9r1V3YG5NBL752kQz1cKtwo.
        external_id (str | Unset): The external ID provided by the client. Must be unique for the resource type.
            Example: my.known.id.
        cdf_version: `cdf-version` header for this call only (the transport's default otherwise).
        extra_headers: more headers for this call only.

    Returns:
        OperationRequest: send it with a Transport, then `parse_response` the reply.
    """

    headers: dict[str, str] = {}

    params: dict[str, Any] = {}
    params["limit"] = limit
    params["cursor"] = cursor
    params["externalId"] = external_id
    params = query_params(params)

    json_body: Any = None
    content: bytes | None = None

    return OperationRequest(
        operation_id=OPERATION_ID,
        method="GET",
        path="/timeseries/subscriptions/members",
        base="project",
        params=params,
        json=json_body,
        content=content,
        headers=request_headers(cdf_version, extra_headers, headers),
        retryable=True,
    )


def parse_response(response: httpx.Response) -> ListSubscriptionMemberDTOWithCursor:
    """Parse the reply to `build_request`'s request; a non-2xx status raises `errors.ApiError`."""
    if response.is_success:
        response_200 = ListSubscriptionMemberDTOWithCursor.from_dict(response.json())

        return response_200

    raise errors.ApiError.from_response(response)


def sync(
    *,
    client: Transport,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ListSubscriptionMemberDTOWithCursor:
    """Send the request of `build_request` (same arguments) through `client` and parse the reply."""
    request = build_request(
        limit=limit, cursor=cursor, external_id=external_id, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(client.send_sync(request))


async def asyncio(
    *,
    client: Transport,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    external_id: str | Unset = UNSET,
    cdf_version: str | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> ListSubscriptionMemberDTOWithCursor:
    """Async `sync`: send the request of `build_request` through `client` and parse the reply."""
    request = build_request(
        limit=limit, cursor=cursor, external_id=external_id, cdf_version=cdf_version, extra_headers=extra_headers
    )
    return parse_response(await client.send(request))
